using System.Text.Json;
using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] BinaryKeys = ["log_loss", "roc_auc", "average_precision", "accuracy", "precision", "recall",
        "f1", "balanced_accuracy", "cohen_kappa", "brier_score"];

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task BinaryDataset_PrintsRunAndTestMetrics()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(400, 7));

        var json = await cli.TrainAsync("credit", "--seed", "3");

        Assert.Matches("^[0-9a-f]{12}$", json.GetProperty("runId").GetString());
        Assert.Equal("Default", json.GetProperty("experiment").GetString());
        Assert.Equal("binary", json.GetProperty("task").GetString());
        Assert.Equal("LightGbm", json.GetProperty("trainer").GetString());
        var metrics = json.GetProperty("metrics");
        Assert.Equal(BinaryKeys.Order(), metrics.EnumerateObject().Select(p => p.Name).Order());
        Assert.InRange(metrics.GetProperty("roc_auc").GetDouble(), 0.6, 1.0);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("cv").ValueKind);
        Assert.Equal(320, json.GetProperty("rows").GetProperty("train").GetInt32());
        Assert.Equal(80, json.GetProperty("rows").GetProperty("test").GetInt32());
        Assert.True(json.GetProperty("durationSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Folds_PrintMeanAndStdPerMetricAndTrackChildRuns()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(300, 8));

        var json = await cli.TrainAsync("credit", "--folds", "3", "--trainer", "FastTree", "--experiment", "cv-demo");

        var auc = json.GetProperty("cv").GetProperty("roc_auc");
        Assert.InRange(auc.GetProperty("mean").GetDouble(), 0.5, 1.0);
        Assert.InRange(auc.GetProperty("std").GetDouble(), 0.0, 0.5);
        var show = await cli.RunJsonAsync("runs", "show", json.GetProperty("runId").GetString()!);
        Assert.Equal(3, show.GetProperty("folds").GetArrayLength());
        Assert.Equal(3, show.GetProperty("children").GetArrayLength());
        Assert.Equal(auc.GetProperty("mean").GetDouble(), show.GetProperty("metrics").GetProperty("cv").GetProperty("roc_auc").GetDouble(), 12);
        var folds = show.GetProperty("folds").EnumerateArray().Select(f => f.GetProperty("test").GetProperty("roc_auc").GetDouble()).ToArray();
        Assert.Equal(folds.Average(), auc.GetProperty("mean").GetDouble(), 12);
    }

    [Fact]
    public async Task SameSeed_GivesSameMetrics()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(300, 9));

        var first = await cli.TrainAsync("credit", "--seed", "11");
        var second = await cli.TrainAsync("credit", "--seed", "11");

        Assert.NotEqual(first.GetProperty("runId").GetString(), second.GetProperty("runId").GetString());
        Assert.Equal(first.GetProperty("metrics").ToString(), second.GetProperty("metrics").ToString());
    }

    [Fact]
    public async Task CliRun_IsVisibleThroughTheTrackingStore()
    {
        await cli.ImportAsync("house", LabeledData.Regression(300, 10));

        var json = await cli.TrainAsync("house", "--trainer", "FastTree", "--param", "NumberOfTrees=20", "--name", "cli-run",
            "--tag", "purpose=test", "--experiment", "housing");

        var id = json.GetProperty("runId").GetString()!;
        Assert.Equal("regression", json.GetProperty("task").GetString());
        var detail = await cli.WithStoreAsync(store => store.GetRunDetailAsync(id));
        Assert.NotNull(detail);
        Assert.Equal("cli", detail.Run.Source);
        Assert.Equal(RunStatus.Finished, detail.Run.Status);
        Assert.Equal("housing", detail.Run.Experiment);
        Assert.Equal("cli-run", detail.Run.Name);
        Assert.Equal("house", detail.Run.Dataset);
        Assert.Equal("test", detail.Tags["purpose"]);
        Assert.Equal(json.GetProperty("metrics").GetProperty("rmse").GetDouble(),
            detail.Metrics.Single(m => m.Key == "rmse" && m.Split == "test").Value, 12);
        var listed = await cli.RunJsonAsync("runs", "list", "--experiment", "housing");
        Assert.Equal(id, listed[0].GetProperty("run").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PipelineFile_IsFittedAndRecordedWithTheRun()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(200, 14));
        var pipeline = cli.WriteFile("pipeline.json",
            "{ \"version\": 1, \"steps\": [ { \"kind\": \"scale\", \"columns\": [\"x1\", \"x2\"], \"method\": \"standard\" } ] }");

        var json = await cli.TrainAsync("credit", "--pipeline", pipeline, "--trainer", "LbfgsLogisticRegression");

        var show = await cli.RunJsonAsync("runs", "show", json.GetProperty("runId").GetString()!);
        Assert.Equal("1", show.GetProperty("parameters").GetProperty("pipeline_steps").GetString());
        Assert.Contains("pipeline.json", show.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("x1", "regression")]
    [InlineData("colour", "multiclass")]
    [InlineData("y", "binary")]
    public async Task TaskLeftOut_IsInferredFromTheLabel(string label, string task)
    {
        await cli.ImportAsync("data", LabeledData.Binary(200, 12));

        var json = await cli.RunJsonAsync("train", "--dataset", "data", "--label", label, "--trainer", "LightGbm");

        Assert.Equal(task, json.GetProperty("task").GetString());
    }

    public static TheoryData<string[], string> BadRequests => new()
    {
        { ["--dataset", "nope", "--label", "y"], "no dataset named 'nope'" },
        { ["--dataset", "credit", "--label", "target"], "column 'target'" },
        { ["--dataset", "credit", "--label", "y", "--features", "x1,age"], "column 'age'" },
        { ["--dataset", "credit", "--label", "y", "--param", "NumberOfLeaves"], "NAME=VALUE" },
        { ["--dataset", "credit", "--label", "y", "--param", "Leaves=3"], "no hyperparameter 'Leaves'" },
        { ["--dataset", "credit", "--label", "y", "--trainer", "Magic"], "Magic" },
        { ["--dataset", "credit", "--label", "y", "--trainer", "Mean"], "does not do binary" },
        { ["--dataset", "credit", "--label", "y", "--task", "ordinal"], "--task 'ordinal'" },
        { ["--dataset", "credit", "--label", "y", "--split", "time"], "--split-column" },
        { ["--dataset", "credit", "--label", "y", "--test-fraction", "1.5"], "--test-fraction" },
        { ["--dataset", "credit", "--label", "y", "--pipeline", "missing.json"], "does not exist" },
        { ["--dataset", "credit", "--label", "y", "--pipeline", "BAD"], "pipeline" },
        { ["--dataset", "credit", "--label", "y", "--pipeline", "NOPE"], "column 'nope'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_ExitsTwoAndRecordsNothing(string[] args, string expected)
    {
        await cli.ImportAsync("credit", LabeledData.Binary(100, 13));
        await cli.TrainAsync("credit", "--trainer", "Prior");
        var bad = cli.WriteFile("bad.json", "{ \"version\": 1, \"steps\": [ { \"kind\": \"scale\", ");
        var nope = cli.WriteFile("nope.json", "{ \"version\": 1, \"steps\": [ { \"kind\": \"scale\", \"columns\": [\"nope\"], \"method\": \"standard\" } ] }");
        var before = await cli.SnapshotAsync();

        var result = await cli.RunAsync(["train", .. args.Select(a => a == "BAD" ? bad : a == "NOPE" ? nope : a == "missing.json" ? Path.Combine(cli.Folder, a) : a)]);

        Assert.Contains(expected, result.AssertUsageError());
        Assert.Equal(1, await cli.RunCountAsync());
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task NoWorkspace_ExitsTwoWithoutCreatingIt()
    {
        var result = await cli.RunAsync("train", "--dataset", "credit", "--label", "y");

        Assert.Contains("does not exist yet", result.AssertUsageError());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task Help_ExplainsTheTaskRule()
    {
        var result = await cli.RunAsync("train", "--help");

        Assert.Equal(0, result.Code);
        Assert.Contains("exactly 2 distinct values", result.Stdout);
        Assert.Contains("--param", result.Stdout);
    }
}
