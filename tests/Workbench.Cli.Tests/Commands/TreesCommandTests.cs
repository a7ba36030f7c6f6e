namespace Workbench.Cli.Tests.Commands;

public sealed class TreesCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task<(TreesFile Trees, PredictionCsv Predictions)> ExportAsync(string train, string input, params string[] trainArgs)
    {
        await cli.ImportAsync("data", train);
        var run = (await cli.TrainAsync("data", trainArgs)).GetProperty("runId").GetString()!;
        var file = cli.WriteFile("input.csv", input);
        var json = Path.Combine(cli.Folder, "trees.json");
        var summary = await cli.RunJsonAsync("trees", "--run", run, "--out", json, "--input", file);
        await cli.RunJsonAsync("predict", "--run", run, "--input", file, "--out", Path.Combine(cli.Folder, "p.csv"));
        var trees = new TreesFile(json);
        Assert.Equal(trees.Trees.Count(), summary.GetProperty("trees").GetInt32());
        return (trees, PredictionCsv.Read(Path.Combine(cli.Folder, "p.csv")));
    }

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("FastTree")]
    [InlineData("FastForest")]
    public async Task WalkingTheJson_ReproducesPredictScore(string trainer)
    {
        var (trees, predictions) = await ExportAsync(LabeledData.Binary(400, 71), LabeledData.Binary(100, 72), "--trainer", trainer);

        var scores = predictions.Numbers("Score");
        var rows = trees.Rows;
        Assert.Equal(100, rows.Length);
        Assert.Equal(["colour", "size", "x1", "x2", "x3"], trees.Players.Order());
        for (int i = 0; i < rows.Length; i++)
            Assert.True(Math.Abs(trees.Raw(rows[i]) - scores[i]) <= 1e-6 * Math.Max(1, Math.Abs(scores[i])),
                $"row {i}: trees give {trees.Raw(rows[i])}, predict gave {scores[i]}");
    }

    [Fact]
    public async Task Regression_WalkingTheJsonReproducesPredictScore()
    {
        var (trees, predictions) = await ExportAsync(LabeledData.Regression(400, 73), LabeledData.Regression(60, 74), "--trainer", "FastTree");

        var scores = predictions.Numbers("Score");
        for (int i = 0; i < scores.Length; i++)
            Assert.True(Math.Abs(trees.Raw(trees.Rows[i]) - scores[i]) <= 1e-6 * Math.Max(1, Math.Abs(scores[i])), $"row {i}");
    }

    [Fact]
    public async Task Covers_CountTrainingRowsAtEveryRoot()
    {
        var (trees, _) = await ExportAsync(LabeledData.Binary(250, 75), LabeledData.Binary(5, 76), "--trainer", "LightGbm");

        foreach (var tree in trees.Trees.Where(t => t.GetProperty("nodes").GetArrayLength() > 0))
        {
            var root = tree.GetProperty("nodes")[0].GetProperty("cover").GetDouble();
            Assert.Equal(200, root);
            Assert.Equal(root, tree.GetProperty("leaves").EnumerateArray().Sum(l => l.GetProperty("cover").GetDouble()));
        }
    }

    [Fact]
    public async Task LinearModel_ExitsTwo()
    {
        await cli.ImportAsync("data", LabeledData.Binary(200, 77));
        var run = (await cli.TrainAsync("data", "--trainer", "LbfgsLogisticRegression")).GetProperty("runId").GetString()!;
        var output = Path.Combine(cli.Folder, "trees.json");

        var error = (await cli.RunAsync("trees", "--run", run, "--out", output)).AssertUsageError();

        Assert.Contains("not a tree ensemble", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task UnknownRun_ExitsTwo()
    {
        await cli.ImportAsync("data", LabeledData.Binary(50, 78));

        var error = (await cli.RunAsync("trees", "--run", "abcdefabcdef", "--out", Path.Combine(cli.Folder, "t.json"))).AssertUsageError();

        Assert.Contains("abcdefabcdef", error);
    }
}
