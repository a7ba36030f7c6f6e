using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Workbench.E2E;

/// <summary>The web host as a process of its own, started on a workspace it must refuse.</summary>
public sealed class WebStartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("workbench-startup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task NewerWorkspace_StopsTheHostWithAMessageExitCodeTwoAndTheFileUnchanged()
    {
        var workspace = Path.Combine(folder, "newer.db");
        using (var connection = new SqliteConnection($"Data Source={workspace};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x); INSERT INTO t VALUES (1); PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }
        var before = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(workspace)));

        var (code, output) = await RunHostAsync("--Workbench:Workspace=" + workspace, "--urls=http://127.0.0.1:0");

        Assert.True(code == 2, $"exit {code}: {output}");
        Assert.Contains("The workbench cannot start", output);
        Assert.Contains("schema version 999", output);
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(before, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(workspace))));
        Assert.False(File.Exists(workspace + "-wal"));
    }

    /// <summary>Runs the built web host with <paramref name="args"/> until it exits (at most a minute).</summary>
    private async Task<(int Code, string Output)> RunHostAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in (string[])["exec", typeof(Program).Assembly.Location, .. args]) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var host = Process.Start(start)!;
        var stdout = host.StandardOutput.ReadToEndAsync();
        var stderr = host.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await host.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            host.Kill(entireProcessTree: true);
            throw new TimeoutException("The web host did not stop on a workspace it cannot use: " + await stdout);
        }
        return (host.ExitCode, await stdout + await stderr);
    }
}
