using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Workbench.Cli.Tests;

/// <summary>A temporary folder with a workspace path, and in-process runs of the command line against it.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => Folder = Directory.CreateTempSubdirectory("workbench-cli-tests-").FullName;

    public string Folder { get; }

    public string Workspace => Path.Combine(Folder, "workspace.db");

    /// <summary>Runs <c>workbench --workspace WORKSPACE args...</c>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--workspace", Workspace, .. args], stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs and asserts success, returning stdout parsed as JSON.</summary>
    public async Task<JsonElement> RunJsonAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.Code == 0, $"exit {result.Code}: {result.Stderr}");
        Assert.Equal("", result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    /// <summary>Writes a text file in the folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>What the workspace holds: the catalog as listed (names, fingerprints, versions) and every table name.</summary>
    public async Task<string> SnapshotAsync()
    {
        if (!File.Exists(Workspace)) return "(no workspace file)";
        var list = (await RunAsync("datasets", "list")).Stdout;
        using var connection = new SqliteConnection($"Data Source={Workspace};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)";
        return list + "\n" + command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>The exit code and the two output streams of one run.</summary>
public sealed record CliResult(int Code, string Stdout, string Stderr)
{
    /// <summary>Asserts exit 2 with exactly one "error: " line on stderr and nothing on stdout; returns the line.</summary>
    public string AssertUsageError()
    {
        Assert.True(Code == 2, $"expected exit 2, got {Code}: {Stderr}");
        Assert.Equal("", Stdout);
        var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain("   at ", Stderr);
        return lines[0];
    }
}
