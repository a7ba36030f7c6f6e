namespace Workbench.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private static readonly string[] Features = ["x1", "x2", "x3", "colour", "size"];

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task<string> TrainAsync(string csv, params string[] args)
    {
        await cli.ImportAsync("data", csv);
        return (await cli.TrainAsync("data", args)).GetProperty("runId").GetString()!;
    }

    private async Task<PredictionCsv> ExplainAsync(string run, string input, params string[] args)
    {
        var output = Path.Combine(cli.Folder, "shap.csv");
        // One file reused by every call of a test, hence --force.
        await cli.RunJsonAsync(["explain", "--run", run, "--input", input, "--out", output, "--force", .. args]);
        return PredictionCsv.Read(output);
    }

    private static void AssertLocalAccuracy(PredictionCsv shap)
    {
        var bases = shap.Numbers("base_value");
        var outputs = shap.Numbers("output");
        for (int i = 0; i < outputs.Length; i++)
        {
            double total = bases[i] + Features.Sum(f => shap.Numbers(f)[i]);
            Assert.True(Math.Abs(total - outputs[i]) <= 1e-6 * Math.Max(1, Math.Abs(outputs[i])), $"row {i}: {total} vs {outputs[i]}");
        }
    }

    [Fact]
    public async Task TreeModel_EqualsBruteForceShapleyFromTheTreesExport()
    {
        var run = await TrainAsync(LabeledData.Binary(300, 81), "--param", "NumberOfIterations=8", "--param", "NumberOfLeaves=6");
        var input = cli.WriteFile("rows.csv", LabeledData.Binary(25, 82));
        var treesPath = Path.Combine(cli.Folder, "trees.json");
        await cli.RunJsonAsync("trees", "--run", run, "--out", treesPath, "--input", input);
        await cli.RunJsonAsync("predict", "--run", run, "--input", input, "--out", Path.Combine(cli.Folder, "p.csv"));

        var shap = await ExplainAsync(run, input, "--method", "tree");

        Assert.Equal(["base_value", .. Features, "output"], shap.Header);
        var trees = new TreesFile(treesPath);
        var rows = trees.Rows;
        var scores = PredictionCsv.Read(Path.Combine(cli.Folder, "p.csv")).Numbers("Score");
        for (int i = 0; i < rows.Length; i++)
        {
            var (bias, values) = trees.Shapley(rows[i]);
            Assert.Equal(bias, shap.Numbers("base_value")[i], 1e-6);
            for (int p = 0; p < values.Length; p++)
                Assert.Equal(values[p], shap.Numbers(trees.Players[p])[i], 1e-6);
            Assert.Equal(scores[i], shap.Numbers("output")[i], 1e-6);
        }
        AssertLocalAccuracy(shap);
    }

    [Fact]
    public async Task LinearModel_IsLocallyAccurateOnTheMargin()
    {
        var run = await TrainAsync(LabeledData.Binary(300, 83), "--trainer", "LbfgsLogisticRegression");
        var input = cli.WriteFile("rows.csv", LabeledData.Binary(30, 84));
        await cli.RunJsonAsync("predict", "--run", run, "--input", input, "--out", Path.Combine(cli.Folder, "p.csv"));

        var shap = await ExplainAsync(run, input);

        AssertLocalAccuracy(shap);
        var scores = PredictionCsv.Read(Path.Combine(cli.Folder, "p.csv")).Numbers("Score");
        Assert.Equal(scores, shap.Numbers("output"), (a, b) => Math.Abs(a - b) <= 1e-6);
    }

    [Fact]
    public async Task Multiclass_ExplainsTheChosenClass()
    {
        var run = await TrainAsync(LabeledData.Multiclass(300, 85), "--trainer", "LightGbm", "--param", "NumberOfIterations=5");
        var input = cli.WriteFile("rows.csv", LabeledData.Multiclass(10, 86));

        var a = await ExplainAsync(run, input, "--class", "A");
        var c = await ExplainAsync(run, input, "--class", "C");

        AssertLocalAccuracy(a);
        AssertLocalAccuracy(c);
        Assert.NotEqual(a.Numbers("output"), c.Numbers("output"));
    }

    [Theory]
    [InlineData("--method", "magic", "--method")]
    [InlineData("--class", "A", "--class")]
    [InlineData("--background", "0", "--background")]
    public async Task BadOption_ExitsTwoAndWritesNothing(string option, string value, string expected)
    {
        var run = await TrainAsync(LabeledData.Binary(100, 87));
        var output = Path.Combine(cli.Folder, "shap.csv");

        var error = (await cli.RunAsync("explain", "--run", run, "--input", cli.WriteFile("rows.csv", LabeledData.Binary(5, 88)),
            "--out", output, option, value)).AssertUsageError();

        Assert.Contains(expected, error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task MissingColumn_ExitsTwoNamingIt()
    {
        var run = await TrainAsync(LabeledData.Binary(100, 89));

        var error = (await cli.RunAsync("explain", "--run", run, "--input", cli.WriteFile("rows.csv", "x1,x2,x3,size\n1,2,3,S\n"),
            "--out", Path.Combine(cli.Folder, "shap.csv"))).AssertUsageError();

        Assert.Contains("'colour'", error);
    }
}
