namespace Workbench.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task SmallRun_PrintsTimingsAndLeavesTheUserWorkspaceAlone()
    {
        var json = await cli.RunJsonAsync("bench", "import", "--rows", "2000", "--columns", "10");

        Assert.Equal(2000, json.GetProperty("rows").GetInt32());
        Assert.Equal(10, json.GetProperty("columns").GetInt32());
        Assert.True(json.GetProperty("import").GetProperty("rowsPerSecond").GetDouble() > 0);
        Assert.True(json.GetProperty("profile").GetProperty("seconds").GetDouble() > 0);
        Assert.True(json.GetProperty("peakMemoryMB").GetDouble() >= json.GetProperty("peakMemoryAfterImportMB").GetDouble());
        Assert.True(json.GetProperty("fileMB").GetDouble() > 0);
        Assert.Equal(Workbench.Cli.Bench.SqliteShell.Find() is not null, json.GetProperty("importSpeedVsSqlite3").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ZeroRows_IsUsageError()
    {
        (await cli.RunAsync("bench", "import", "--rows", "0")).AssertUsageError();
    }
}
