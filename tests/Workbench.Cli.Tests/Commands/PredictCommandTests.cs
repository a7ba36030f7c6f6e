using System.Globalization;

namespace Workbench.Cli.Tests.Commands;

public sealed class PredictCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task<string> TrainAsync(string csv, params string[] args)
    {
        await cli.ImportAsync("data", csv);
        return (await cli.TrainAsync("data", args)).GetProperty("runId").GetString()!;
    }

    [Fact]
    public async Task Binary_WritesScoreProbabilityAndLabelPerRowInOrder()
    {
        var run = await TrainAsync(LabeledData.Binary(300, 21));
        var input = cli.WriteFile("new.csv", LabeledData.Binary(50, 22));
        var output = Path.Combine(cli.Folder, "scores.csv");

        var json = await cli.RunJsonAsync("predict", "--run", run, "--input", input, "--out", output);

        Assert.Equal(50, json.GetProperty("rows").GetInt32());
        var csv = PredictionCsv.Read(output);
        Assert.Equal(["Score", "Probability", "PredictedLabel"], csv.Header);
        Assert.Equal(50, csv.Rows.Count);
        var scores = csv.Numbers("Score");
        var probabilities = csv.Numbers("Probability");
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.All(csv.Text("PredictedLabel"), l => Assert.Contains(l, new[] { "0", "1" }));
        // Higher margin, higher probability: the probability is a monotone transform of the raw score.
        var order = Enumerable.Range(0, 50).OrderBy(i => scores[i]).ToArray();
        for (int k = 1; k < order.Length; k++) Assert.True(probabilities[order[k]] >= probabilities[order[k - 1]]);
    }

    [Fact]
    public async Task RowOrder_FollowsTheInputFile()
    {
        var run = await TrainAsync(LabeledData.Regression(300, 23), "--trainer", "FastTree");
        var lines = LabeledData.Regression(40, 24).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var forward = cli.WriteFile("forward.csv", string.Join('\n', lines) + "\n");
        var backward = cli.WriteFile("backward.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse())) + "\n");

        await cli.RunJsonAsync("predict", "--run", run, "--input", forward, "--out", Path.Combine(cli.Folder, "f.csv"));
        await cli.RunJsonAsync("predict", "--run", run, "--input", backward, "--out", Path.Combine(cli.Folder, "b.csv"));

        var f = PredictionCsv.Read(Path.Combine(cli.Folder, "f.csv"));
        var b = PredictionCsv.Read(Path.Combine(cli.Folder, "b.csv"));
        Assert.Equal(["Score"], f.Header);
        Assert.Equal(f.Text("Score"), b.Text("Score").Reverse());
    }

    [Fact]
    public async Task Multiclass_WritesOneProbabilityColumnPerClass()
    {
        var run = await TrainAsync(LabeledData.Multiclass(300, 25));
        var output = Path.Combine(cli.Folder, "scores.csv");

        await cli.RunJsonAsync("predict", "--run", run, "--input", cli.WriteFile("new.csv", LabeledData.Multiclass(30, 26)), "--out", output);

        var csv = PredictionCsv.Read(output);
        Assert.Equal(["Score", "PredictedLabel", "Probability.A", "Probability.B", "Probability.C"], csv.Header);
        for (int row = 0; row < csv.Rows.Count; row++)
        {
            var p = new[] { "A", "B", "C" }.Select(c => csv.Numbers("Probability." + c)[row]).ToArray();
            // ML.NET computes class probabilities in single precision: they sum to 1 within float rounding (~1e-7).
            Assert.Equal(1.0, p.Sum(), 6);
            Assert.Equal("ABC"[Array.IndexOf(p, p.Max())].ToString(), csv.Text("PredictedLabel")[row]);
        }
    }

    [Fact]
    public async Task RegisteredModel_ScoresLikeItsRun()
    {
        var run = await TrainAsync(LabeledData.Binary(200, 27));
        await cli.RunJsonAsync("models", "register", "--run", run, "--name", "credit");
        await cli.RunJsonAsync("models", "alias", "--name", "credit", "--alias", "champion", "--version", "1");
        var input = cli.WriteFile("new.csv", LabeledData.Binary(20, 28));

        await cli.RunJsonAsync("predict", "--run", run, "--input", input, "--out", Path.Combine(cli.Folder, "run.csv"));
        await cli.RunJsonAsync("predict", "--model", "credit@champion", "--input", input, "--out", Path.Combine(cli.Folder, "model.csv"));

        Assert.Equal(File.ReadAllText(Path.Combine(cli.Folder, "run.csv")), File.ReadAllText(Path.Combine(cli.Folder, "model.csv")));
    }

    [Fact]
    public async Task MissingColumn_ExitsTwoNamingItAndWritesNothing()
    {
        var run = await TrainAsync(LabeledData.Binary(200, 29));
        var input = cli.WriteFile("new.csv", "x1,x2,size\n0.5,3,S\n");
        var output = Path.Combine(cli.Folder, "scores.csv");

        var error = (await cli.RunAsync("predict", "--run", run, "--input", input, "--out", output)).AssertUsageError();

        Assert.Contains("'x3', 'colour'", error);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--run", "0123456789ab", "0123456789ab")]
    [InlineData("--model", "nosuch@champion", "nosuch")]
    public async Task UnknownModel_ExitsTwo(string option, string value, string expected)
    {
        await TrainAsync(LabeledData.Binary(100, 30), "--trainer", "Prior");
        var output = Path.Combine(cli.Folder, "scores.csv");

        var error = (await cli.RunAsync("predict", option, value, "--input", cli.WriteFile("in.csv", "x1\n1\n"), "--out", output)).AssertUsageError();

        Assert.Contains(expected, error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task MissingInputFile_ExitsTwo()
    {
        var run = await TrainAsync(LabeledData.Binary(100, 31), "--trainer", "Prior");

        var error = (await cli.RunAsync("predict", "--run", run, "--input", Path.Combine(cli.Folder, "none.csv"), "--out",
            Path.Combine(cli.Folder, "o.csv"))).AssertUsageError();

        Assert.Contains("does not exist", error);
    }

    [Fact]
    public async Task BothRunAndModel_ExitTwo()
    {
        var error = (await cli.RunAsync("predict", "--run", "a", "--model", "b", "--input", "x.csv", "--out", "o.csv")).AssertUsageError();

        Assert.Contains("exactly one of --run", error);
    }

    [Fact]
    public async Task Numbers_AreWrittenWithRoundTripPrecision()
    {
        double[] values = [0.1 + 0.2, 1.0 / 3, -1e-300, 123456789.123456789, Math.PI, double.NaN];
        var table = new global::Workbench.Cli.Output.CsvColumns(values.Length).Add("x", values).Add("t", ["a,b", null, "=1", "-2", " s", "e"]);
        using var memory = new MemoryStream();

        await table.WriteAsync(memory, Ml.Data.FormulaCells.Escape, CancellationToken.None);

        var lines = System.Text.Encoding.UTF8.GetString(memory.ToArray()).Split('\n');
        Assert.Equal("x,t", lines[0]);
        for (int i = 0; i < values.Length - 1; i++)
            Assert.Equal(values[i], double.Parse(lines[i + 1].Split(',')[0], CultureInfo.InvariantCulture));
        Assert.Equal(["0.30000000000000004,\"a,b\"", "0.3333333333333333,", "-1E-300,\"'=1\"", "123456789.12345679,-2",
            "3.141592653589793,\" s\"", ",e", ""], lines[1..]);
    }
}
