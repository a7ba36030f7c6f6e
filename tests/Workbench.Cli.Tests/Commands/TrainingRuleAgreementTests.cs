using System.Globalization;
using Workbench.Tests.Shared;

namespace Workbench.Cli.Tests.Commands;

/// <summary><c>workbench train</c> gives the task and verdicts of <see cref="TrainingRuleCases"/>; the training page's
/// tests assert the same cases, so both hosts agree.</summary>
public sealed class TrainingRuleAgreementTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Labels), MemberType = typeof(TrainingRuleCases))]
    public async Task TaskLeftOut_InfersTheSharedTask(string kind, string task)
    {
        await cli.ImportAsync("data", TrainingRuleCases.Csv(kind));

        var json = await cli.TrainAsync("data", "--trainer", "LightGbm", "--param", "NumberOfIterations=5");

        Assert.Equal(task, json.GetProperty("task").GetString());
    }

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Hyperparameters), MemberType = typeof(TrainingRuleCases))]
    public async Task Hyperparameter_GetsTheSharedVerdict(string name, string value, string? problem)
    {
        await cli.ImportAsync("data", TrainingRuleCases.Csv("two-numbers"));

        var result = await cli.RunAsync("train", "--dataset", "data", "--label", "y", "--trainer", "LightGbm",
            "--param", "NumberOfIterations=5", "--param", $"{name}={value}");

        if (problem is null) Assert.True(result.Code == 0, result.Stderr);
        else Assert.Equal("error: " + problem, result.AssertUsageError());
    }

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Limits), MemberType = typeof(TrainingRuleCases))]
    public async Task FoldsAndTestFraction_GetTheSharedVerdict(int folds, double testFraction, string? problem)
    {
        await cli.ImportAsync("data", TrainingRuleCases.Csv("two-numbers"));

        var result = await cli.RunAsync("train", "--dataset", "data", "--label", "y", "--trainer", "Prior",
            "--folds", folds.ToString(CultureInfo.InvariantCulture), "--test-fraction", testFraction.ToString(CultureInfo.InvariantCulture));

        if (problem is null) Assert.True(result.Code == 0, result.Stderr);
        else Assert.EndsWith(": " + problem, result.AssertUsageError());
    }
}
