using System.Globalization;

namespace Workbench.Cli.Tests.Bench;

public sealed class TrainBenchmarkTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task SmallRunWithCsv_TimesTheTrainerAndWritesTheTableItTrainedOn()
    {
        var csv = Path.Combine(cli.Folder, "bench.csv");

        var json = await cli.RunJsonAsync("bench", "train", "--rows", "600", "--trainers", "LightGbm", "--csv", csv);

        var timing = Assert.Single(json.GetProperty("trainers").EnumerateArray());
        Assert.Equal("LightGbm", timing.GetProperty("trainer").GetString());
        Assert.InRange(timing.GetProperty("testRocAuc").GetDouble(), 0.5, 1.0);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(601, lines.Length);
        Assert.Equal("n1,n2,n3,n4,n5,n6,n7,n8,n9,n10,n11,n12,c1,c2,y", lines[0]);
        var first = lines[1].Split(',');
        Assert.True(double.TryParse(first[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        Assert.Matches("^a[0-4]$", first[12]);
        Assert.Contains(first[14], new[] { "0", "1" });
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ExistingCsvWithoutForce_IsRefusedBeforeAnyWork()
    {
        var csv = Path.Combine(cli.Folder, "bench.csv");
        await File.WriteAllTextAsync(csv, "keep me");

        var result = await cli.RunAsync("bench", "train", "--rows", "600", "--trainers", "LightGbm", "--csv", csv);

        Assert.NotEqual(0, result.Code);
        Assert.Contains("--force", result.Stderr);
        Assert.Equal("keep me", await File.ReadAllTextAsync(csv));
    }
}
