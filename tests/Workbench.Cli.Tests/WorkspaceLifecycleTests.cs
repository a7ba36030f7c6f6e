using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Workbench.Workspace;

namespace Workbench.Cli.Tests;

/// <summary>Opening, refusing, locking and cut-off runs, through the command line as scripts use it.</summary>
public sealed class WorkspaceLifecycleTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Theory]
    [InlineData("datasets", "list")]
    [InlineData("runs", "list")]
    [InlineData("datasets", "builtin", "penguins")]
    public async Task NewerWorkspaceInDeleteJournalMode_IsRefusedAndItsBytesStayIdentical(params string[] command)
    {
        using (var connection = Connect(cli.Workspace))
            Execute(connection, "PRAGMA journal_mode = DELETE; CREATE TABLE wb_datasets (x); PRAGMA user_version = 999;");
        var before = Sha256(cli.Workspace);

        var line = (await cli.RunAsync(command)).AssertUsageError();

        Assert.Contains("schema version 999", line);
        Assert.Contains(cli.Workspace, line);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Sha256(cli.Workspace));
        Assert.False(File.Exists(cli.Workspace + "-wal"));
    }

    [Fact]
    public async Task AnotherProgramsDatabase_IsRefusedUnchanged()
    {
        using (var connection = Connect(cli.Workspace))
            Execute(connection, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('Ana');");
        var before = Sha256(cli.Workspace);

        var line = (await cli.RunAsync("datasets", "import", cli.WriteFile("a.csv", "x\n1\n"), "--name", "a")).AssertUsageError();

        Assert.Contains("not a workbench workspace", line);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Sha256(cli.Workspace));
    }

    [Fact]
    public async Task RefusedCommandInMissingFolders_LeavesNoFolderBehind()
    {
        var workspace = Path.Combine(cli.Folder, "new", "deeper", "w.db");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["--workspace", workspace, "datasets", "import", cli.WriteFile("bad.csv", "a,b\n1\n"),
            "--name", "bad"], stdout, stderr);

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "new")));
        code = await CliApp.RunAsync(["--workspace", workspace, "datasets", "import", cli.WriteFile("good.csv", "a,b\n1,2\n"),
            "--name", "good"], stdout, stderr);
        Assert.Equal(0, code);
        Assert.True(File.Exists(workspace));
    }

    [Fact]
    public async Task WriteLockHeldByAnotherConnection_GivesTheBusyMessageAndExitCodeAfterTheBoundedWait()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("a.csv", "x\n1\n2\n"), "--name", "a");
        var file = cli.WriteFile("b.csv", "y\n3\n");
        var before = await cli.SnapshotAsync();
        using var holder = Connect(cli.Workspace);
        Execute(holder, "BEGIN IMMEDIATE; INSERT INTO wb_settings VALUES ('test', 'lock', '1', 1, 'now');");
        var clock = Stopwatch.StartNew();

        var result = await cli.RunAsync("datasets", "import", file, "--name", "b");

        clock.Stop();
        Assert.True(result.Code == CliApp.BusyExitCode, $"exit {result.Code}: {result.Stderr}");
        Assert.Equal(4, CliApp.BusyExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains($"'{cli.Workspace}' is busy", line);
        Assert.Contains("another workbench", line);
        Assert.DoesNotContain("internal failure", line);
        Assert.InRange(clock.Elapsed.TotalSeconds, SqliteWorkspace.Defaults.BusyTimeoutMs / 1000.0 - 1, 60);

        Execute(holder, "ROLLBACK;");
        Assert.Equal(before, await cli.SnapshotAsync());
        await cli.RunJsonAsync("datasets", "import", file, "--name", "b");
    }

    [Fact]
    public async Task TrainingProcessKilledMidRun_IsListedInterruptedAndTheWorkspaceIsIntact()
    {
        await cli.RunJsonAsync("datasets", "builtin", "credit-default");
        using var child = StartWorkbench("train", "--dataset", "credit-default", "--label", "delinquency", "--folds", "10",
            "--param", "NumberOfIterations=3000", "--name", "killed");
        try
        {
            var running = await WaitForAsync(async () =>
                (await cli.RunJsonAsync("runs", "list")).EnumerateArray().Any(r => r.GetProperty("run").GetProperty("status").GetString() == "running"),
                TimeSpan.FromSeconds(90));
            Assert.True(running, "the training run never showed as running: " + (child.HasExited ? child.StandardError.ReadToEnd() : "still alive"));
        }
        finally
        {
            // Process.Kill sends SIGKILL on Linux: no handler in the child runs.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var runs = (await cli.RunJsonAsync("runs", "list")).EnumerateArray().ToList();

        var killed = Assert.Single(runs, r => r.GetProperty("run").GetProperty("name").GetString() == "killed");
        Assert.Equal("interrupted", killed.GetProperty("run").GetProperty("status").GetString());
        using var connection = Connect(cli.Workspace);
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check;"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM wb_runs WHERE status = 'Running';"));
    }

    /// <summary>Starts the built <c>workbench</c> as its own process on this test's workspace.</summary>
    private Process StartWorkbench(params string[] args)
    {
        var dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["exec", dll, "--workspace", cli.Workspace, .. args]) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("workbench did not start");
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await condition()) return true;
            await Task.Delay(200);
        }
        return false;
    }
}
