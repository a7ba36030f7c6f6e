namespace Workbench.Cli.Tests.Commands;

public sealed class TrainersCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Regression_ListsRegressionTrainersWithDefaults()
    {
        var json = await cli.RunJsonAsync("trainers", "--task", "regression");

        var names = json.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Mean", names);
        Assert.Contains("LightGbm", names);
        Assert.DoesNotContain("Prior", names);
        var leaves = json.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "LightGbm")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "NumberOfLeaves");
        var spec = Workbench.Ml.Training.TrainerCatalog.Find("LightGbm").Parameters.Single(p => p.Name == "NumberOfLeaves");
        Assert.Equal(spec.Default, leaves.GetProperty("default").GetString());
        Assert.Equal(spec.Max, leaves.GetProperty("max").GetDouble());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task UnknownTask_ExitsTwo()
    {
        Assert.Contains("--task 'ranking'", (await cli.RunAsync("trainers", "--task", "ranking")).AssertUsageError());
    }
}
