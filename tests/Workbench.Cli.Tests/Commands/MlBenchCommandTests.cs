namespace Workbench.Cli.Tests.Commands;

public sealed class MlBenchCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task TrainSmall_PrintsTimingsPerTrainerAndLeavesTheWorkspaceAlone()
    {
        var json = await cli.RunJsonAsync("bench", "train", "--rows", "1500", "--trainers", "LightGbm");

        Assert.Equal(1500, json.GetProperty("rows").GetInt32());
        Assert.Equal(14, json.GetProperty("features").GetInt32());
        var timing = json.GetProperty("trainers").EnumerateArray().Single();
        Assert.Equal("LightGbm", timing.GetProperty("trainer").GetString());
        Assert.True(timing.GetProperty("trainToMetrics").GetProperty("seconds").GetDouble() > 0);
        Assert.True(timing.GetProperty("crossValidation").GetProperty("cpuSeconds").GetDouble() > 0);
        Assert.True(timing.GetProperty("trackedCrossValidation").GetProperty("seconds").GetDouble() > 0);
        Assert.InRange(timing.GetProperty("testRocAuc").GetDouble(), 0.6, 1);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ShapSmall_IsLocallyAccurate()
    {
        var json = await cli.RunJsonAsync("bench", "shap", "--rows", "400");

        Assert.Equal(400, json.GetProperty("explainedRows").GetInt32());
        Assert.Equal(20, json.GetProperty("features").GetInt32());
        Assert.Equal(100, json.GetProperty("trees").GetInt32());
        Assert.InRange(json.GetProperty("maxLeaves").GetInt32(), 2, 31);
        Assert.True(json.GetProperty("treeShap").GetProperty("seconds").GetDouble() > 0);
        Assert.True(json.GetProperty("maxLocalAccuracyError").GetDouble() < 1e-9);
    }

    [Fact]
    public async Task UnknownTrainer_IsUsageError()
    {
        Assert.Contains("Magic", (await cli.RunAsync("bench", "train", "--trainers", "Magic")).AssertUsageError());
    }
}
