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
}
