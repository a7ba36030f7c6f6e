using Workbench.Ml.Benchmarks;

namespace Workbench.Cli.Tests.Bench;

public sealed class MixedCsvGeneratorTests
{
    private static string Generate(int rows, int columns, ulong seed = MixedCsvGenerator.Defaults.Seed)
    {
        var writer = new StringWriter();
        MixedCsvGenerator.Write(writer, rows, columns, seed);
        return writer.ToString();
    }

    [Fact]
    public void SameSeed_GivesTheSameText()
    {
        Assert.Equal(Generate(500, 7), Generate(500, 7));
        Assert.NotEqual(Generate(500, 7), Generate(500, 7, seed: 1));
    }

    [Fact]
    public void Header_CyclesThroughTheFiveKinds()
    {
        var header = Generate(0, 6).TrimEnd('\n');

        Assert.Equal("count_1,amount_2,region_3,day_4,score_5,count_6", header);
    }

    [Fact]
    public void Rows_HaveEveryColumnAndTheDocumentedShapes()
    {
        var lines = Generate(20_000, 5).TrimEnd('\n').Split('\n');
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(20_000, cells.Count);
        Assert.All(cells, c => Assert.Equal(5, c.Length));
        Assert.All(cells, c => Assert.InRange(long.Parse(c[0]), 0, 99_999));
        Assert.All(cells, c => Assert.Matches(@"^\d{4}-\d\d-\d\d$", c[3]));
        // Missing shares: about 1 %, 2 % and 5 % (binomial, n = 20,000: ± 4 standard errors).
        Assert.InRange(cells.Count(c => c[1] == ""), 200 - 57, 200 + 57);
        Assert.InRange(cells.Count(c => c[2] == ""), 400 - 80, 400 + 80);
        Assert.InRange(cells.Count(c => c[4] == ""), 1000 - 124, 1000 + 124);
        Assert.Equal(12, cells.Select(c => c[2]).Where(v => v != "").Distinct().Count());
    }
}
