using Workbench.Cli.Bench;

namespace Workbench.Cli.Tests.Bench;

public sealed class DriftBenchmarkTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task SmallRun_TimesEveryNumericTestAndWritesTheCsvCopy()
    {
        var folder = Path.Combine(cli.Folder, "data");

        var json = await cli.RunJsonAsync("bench", "drift", "--rows", "3000", "--columns", "20", "--csv", folder);

        Assert.Equal(["ks", "wasserstein", "psi", "kl", "jensenshannon", "hellinger", "auto"],
            json.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("test").GetString()));
        Assert.All(json.GetProperty("tests").EnumerateArray(), t => Assert.True(t.GetProperty("seconds").GetDouble() >= 0));
        Assert.Equal(Enumerable.Range(0, 10).Select(k => $"c{k:00}"), json.GetProperty("shiftedColumns").EnumerateArray().Select(c => c.GetString()));
        var lines = File.ReadAllLines(Path.Combine(folder, "reference.csv"));
        Assert.Equal(3001, lines.Length);
        Assert.Equal(string.Join(',', Enumerable.Range(0, 20).Select(k => $"c{k:00}")), lines[0]);
        Assert.True(File.Exists(Path.Combine(folder, "current.csv")));
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public void Generate_IsSeededAndShiftsTheFirstQuarter()
    {
        var (r1, c1) = DriftBenchmark.Generate(50_000, 20, 7);
        var (r2, _) = DriftBenchmark.Generate(50_000, 20, 7);

        Assert.Equal(r1["c03"].Numbers, r2["c03"].Numbers);
        // Column 0 is standard normal, shifted by 0.05 in the current table; column 12 is unchanged.
        Assert.Equal(0.0, r1["c00"].Numbers!.Average(), 0.02);
        Assert.Equal(0.05, c1["c00"].Numbers!.Average(), 0.02);
        Assert.Equal(r1["c12"].Numbers!.Average(), c1["c12"].Numbers!.Average(), 0.03);
    }

    [Fact]
    public async Task TooFewRows_IsUsageError()
    {
        var line = (await cli.RunAsync("bench", "drift", "--rows", "1")).AssertUsageError();

        Assert.Contains("--rows must be at least 2", line);
    }
}
