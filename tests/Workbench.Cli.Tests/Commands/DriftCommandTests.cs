using System.Text.Json;

namespace Workbench.Cli.Tests.Commands;

public sealed class DriftCommandTests : IDisposable
{
    private static readonly string[] ColumnKeys = ["column", "kind", "test", "reason", "statistic", "pValue", "adjustedPValue",
        "threshold", "drifted", "referenceRows", "currentRows", "missingReference", "missingCurrent"];

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>Reference and current files: x numeric (10 and 9 values, one missing current value), c categorical.</summary>
    private (string Reference, string Current) Files() => (
        cli.WriteFile("ref.csv", "x,c\n0.4,a\n1.9,b\n2.7,a\n3.1,a\n3.3,b\n4.8,a\n5.2,b\n6.0,a\n7.7,a\n8.1,b\n"),
        cli.WriteFile("cur.csv", "x,c\n2.2,b\n3.9,b\n4.4,a\n5.0,b\n5.6,b\n6.3,a\n7.1,b\n8.8,b\n9.4,a\n,b\n"));

    private async Task ImportDailyAsync()
    {
        var rows = Enumerable.Range(0, 60).Select(i => $"{new DateTime(2020, 1, 1).AddDays(i):yyyy-MM-dd},{(i < 31 ? i % 7 : (i - 31) % 5 + 1.5)},{(i % 3 == 0 ? "red" : "blue")}");
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("daily.csv", "day,value,colour\n" + string.Join("\n", rows) + "\n"), "--name", "daily");
    }

    [Fact]
    public async Task TwoFiles_PrintTheSpecJsonWithScipyValues()
    {
        var (reference, current) = Files();

        var json = await cli.RunJsonAsync("drift", "--reference", reference, "--current", current);

        Assert.Equal(["columns", "driftShare", "datasetDrift"], json.EnumerateObject().Select(p => p.Name));
        var x = json.GetProperty("columns")[0];
        Assert.Equal(ColumnKeys, x.EnumerateObject().Select(p => p.Name));
        Assert.Equal("x", x.GetProperty("column").GetString());
        Assert.Equal("numeric", x.GetProperty("kind").GetString());
        Assert.Equal("ks", x.GetProperty("test").GetString());
        Assert.StartsWith("reference has 10 rows ≤ 1000 and 19 distinct values > 5", x.GetProperty("reason").GetString());
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([0.4,1.9,2.7,3.1,3.3,4.8,5.2,6.0,7.7,8.1],[2.2,3.9,4.4,5.0,5.6,6.3,7.1,8.8,9.4]))"
        // KstestResult(statistic=0.3888888888888889, pvalue=0.34287384442183205, ...)
        Assert.Equal(0.3888888888888889, x.GetProperty("statistic").GetDouble(), 1e-12);
        Assert.Equal(0.34287384442183205, x.GetProperty("pValue").GetDouble(), 1e-9);
        Assert.Equal(0.34287384442183205, x.GetProperty("adjustedPValue").GetDouble(), 1e-9);
        Assert.Equal(0.05, x.GetProperty("threshold").GetDouble());
        Assert.False(x.GetProperty("drifted").GetBoolean());
        Assert.Equal(10, x.GetProperty("referenceRows").GetInt32());
        Assert.Equal(9, x.GetProperty("currentRows").GetInt32());
        Assert.Equal(0, x.GetProperty("missingReference").GetInt32());
        Assert.Equal(1, x.GetProperty("missingCurrent").GetInt32());
        var c = json.GetProperty("columns")[1];
        Assert.Equal("categorical", c.GetProperty("kind").GetString());
        Assert.Equal("z", c.GetProperty("test").GetString());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task DistanceTest_PrintsNullPValues()
    {
        var (reference, current) = Files();

        var json = await cli.RunJsonAsync("drift", "--reference", reference, "--current", current, "--test", "wasserstein", "--columns", "x");

        var x = Assert.Single(json.GetProperty("columns").EnumerateArray());
        Assert.Equal("wasserstein", x.GetProperty("test").GetString());
        // /usr/bin/python3 -c "import numpy as np; from scipy import stats; r=[0.4,1.9,2.7,3.1,3.3,4.8,5.2,6.0,7.7,8.1]; print(stats.wasserstein_distance(r,[2.2,3.9,4.4,5.0,5.6,6.3,7.1,8.8,9.4])/np.std(r))"
        Assert.Equal(0.6493778717533428, x.GetProperty("statistic").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.Null, x.GetProperty("pValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, x.GetProperty("adjustedPValue").ValueKind);
        Assert.True(x.GetProperty("drifted").GetBoolean());
        Assert.Equal(1.0, json.GetProperty("driftShare").GetDouble());
        Assert.True(json.GetProperty("datasetDrift").GetBoolean());
    }

    [Fact]
    public async Task Bonferroni_MultipliesByTheNumberOfTestedColumns()
    {
        var (reference, current) = Files();

        var plain = await cli.RunJsonAsync("drift", "--reference", reference, "--current", current);
        var json = await cli.RunJsonAsync("drift", "--reference", reference, "--current", current, "--correction", "bonferroni");

        for (int i = 0; i < 2; i++)
        {
            var p = plain.GetProperty("columns")[i].GetProperty("pValue").GetDouble();
            Assert.Equal(Math.Min(1, 2 * p), json.GetProperty("columns")[i].GetProperty("adjustedPValue").GetDouble(), 1e-15);
        }
    }

    [Fact]
    public async Task DatasetWindows_CompareTwoRangesAndWriteNothing()
    {
        await ImportDailyAsync();
        var before = await cli.SnapshotAsync();

        var json = await cli.RunJsonAsync("drift", "--reference", "dataset:daily", "--current", "dataset:daily", "--date-column", "day",
            "--reference-from", "2020-01-01", "--reference-to", "2020-01-31", "--current-from", "2020-02-01");

        var columns = json.GetProperty("columns");
        Assert.Equal(2, columns.GetArrayLength());
        var value = columns[0];
        Assert.Equal("value", value.GetProperty("column").GetString());
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([i%7 for i in range(31)],[i%5+1.5 for i in range(29)]))"
        Assert.Equal(0.3225806451612903, value.GetProperty("statistic").GetDouble(), 1e-12);
        Assert.Equal(0.0653926848849198, value.GetProperty("pValue").GetDouble(), 1e-9);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("unknown column", "Column 'nope' is not in the reference data")]
    [InlineData("text for ks", "Column 'c' holds text")]
    [InlineData("unknown test", "Unknown test 'student'; use one of auto, ks, chisquare")]
    [InlineData("missing file", "does not exist")]
    [InlineData("bad correction", "Unknown correction 'holm'")]
    public async Task BadFileInput_IsUsageErrorAndCreatesNoWorkspace(string problem, string expected)
    {
        var (reference, current) = Files();
        string[] args = problem switch
        {
            "unknown column" => ["--columns", "nope"],
            "text for ks" => ["--columns", "c", "--test", "ks"],
            "unknown test" => ["--test", "student"],
            "missing file" => [],
            _ => ["--correction", "holm"],
        };
        if (problem == "missing file") current = Path.Combine(cli.Folder, "none.csv");

        var line = (await cli.RunAsync(["drift", "--reference", reference, "--current", current, .. args])).AssertUsageError();

        Assert.Contains(expected, line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Theory]
    [InlineData("empty window", "holds no rows")]
    [InlineData("unknown dataset", "no dataset named 'weekly'")]
    [InlineData("window without column", "need --date-column")]
    [InlineData("bad day", "--current-from '2020-13-01' is not a day")]
    public async Task BadDatasetInput_IsUsageErrorAndLeavesWorkspaceUnchanged(string problem, string expected)
    {
        await ImportDailyAsync();
        var before = await cli.SnapshotAsync();
        string[] args = problem switch
        {
            "empty window" => ["--current", "dataset:daily", "--date-column", "day", "--current-from", "2024-01-01"],
            "unknown dataset" => ["--current", "dataset:weekly"],
            "window without column" => ["--current", "dataset:daily", "--current-from", "2020-02-01"],
            _ => ["--current", "dataset:daily", "--date-column", "day", "--current-from", "2020-13-01"],
        };

        var line = (await cli.RunAsync(["drift", "--reference", "dataset:daily", .. args])).AssertUsageError();

        Assert.Contains(expected, line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("x,c\n", "header (line 1) but no rows of data")]
    [InlineData("", "empty")]
    [InlineData("x,c\n,a\n,b\n", "Column 'x' is real in the reference")]
    public async Task EmptyCurrentData_IsUsageErrorOnOneLine(string content, string expected)
    {
        var (reference, _) = Files();
        var current = cli.WriteFile("empty.csv", content);

        var line = (await cli.RunAsync("drift", "--reference", reference, "--current", current)).AssertUsageError();

        Assert.Contains(expected, line, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task DatasetWindowWithOnlyMissingValues_IsUsageErrorNamingTheColumn()
    {
        var rows = Enumerable.Range(0, 20).Select(i => $"{new DateTime(2020, 1, 1).AddDays(i):yyyy-MM-dd},{(i < 10 ? i.ToString() : "")}");
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("gappy.csv", "day,value\n" + string.Join("\n", rows) + "\n"), "--name", "gappy");

        var line = (await cli.RunAsync("drift", "--reference", "dataset:gappy", "--current", "dataset:gappy", "--date-column", "day",
            "--reference-to", "2020-01-10", "--current-from", "2020-01-11", "--test", "ks")).AssertUsageError();

        Assert.Contains("'value'", line);
    }

    [Fact]
    public async Task DatasetWithoutWorkspace_IsUsageErrorAndCreatesNoWorkspace()
    {
        var (reference, _) = Files();

        var line = (await cli.RunAsync("drift", "--reference", reference, "--current", "dataset:daily")).AssertUsageError();

        Assert.Contains("does not exist yet", line);
        Assert.False(File.Exists(cli.Workspace));
    }
}
