using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The bucketed KS statistic must equal the sorted walk to the last bit, whatever the shape of the data.</summary>
public class BucketedKsTests
{
    private static double Sorted(double[] r, double[] c)
    {
        var (a, b) = ((double[])r.Clone(), (double[])c.Clone());
        Array.Sort(a);
        Array.Sort(b);
        return KolmogorovSmirnovTest.SortedWalk(a, b);
    }

    private static double Bucketed(double[] r, double[] c)
    {
        double min = Math.Min(r.Min(), c.Min()), max = Math.Max(r.Max(), c.Max());
        var d = BucketedKs.Statistic(r, c, min, max);
        Assert.NotNull(d);
        return d.Value;
    }

    private static double[] Draw(Random random, int count, Func<Random, double> draw) =>
        Enumerable.Range(0, count).Select(_ => draw(random)).ToArray();

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Theory]
    [InlineData(0.0, 1.0)]   // same distribution: D is small and every bucket is tight
    [InlineData(0.05, 1.0)]  // a small shift
    [InlineData(0.0, 1.2)]   // a change of scale
    [InlineData(3.0, 1.0)]   // far apart: D near 1
    public void ContinuousSamples_EqualSortedWalkExactly(double shift, double scale)
    {
        var random = new Random(11);
        var r = Draw(random, 60_000, Normal);
        var c = Draw(random, 45_001, x => Normal(x) * scale + shift);
        Assert.Equal(Sorted(r, c), Bucketed(r, c));
    }

    [Fact]
    public void TiesAndSignedZeros_EqualSortedWalkExactly()
    {
        var random = new Random(12);
        // Rounded values (many ties), both signed zeros (Math.Round(-0.0001, 3) is −0.0) on both sides.
        var r = Draw(random, 50_000, x => x.Next(50) == 0 ? -0.0 : Math.Round(Normal(x), 3));
        var c = Draw(random, 70_000, x => x.Next(60) == 0 ? 0.0 : Math.Round(Normal(x) + 0.01, 3));
        Assert.Equal(Sorted(r, c), Bucketed(r, c));
    }

    [Fact]
    public void MostValuesInOneBucket_FallsBackToSorting()
    {
        var random = new Random(13);
        var r = Draw(random, 40_000, x => x.Next(2) == 0 ? 0.0 : Math.Exp(3 * Normal(x)));
        var c = Draw(random, 40_000, x => x.Next(3) == 0 ? 0.0 : Math.Exp(3 * Normal(x)));
        Assert.Null(BucketedKs.Statistic(r, c, Math.Min(r.Min(), c.Min()), Math.Max(r.Max(), c.Max())));
    }

    [Fact]
    public void OneValueOnEachSide_IsOne()
    {
        var r = Enumerable.Repeat(1.0, 30_000).ToArray();
        var c = Enumerable.Repeat(2.0, 30_000).ToArray();
        Assert.Equal(1.0, Bucketed(r, c));
    }

    [Fact]
    public void ConstantColumn_CannotBeBucketed()
    {
        var r = Enumerable.Repeat(1.0, 30_000).ToArray();
        Assert.Null(BucketedKs.Statistic(r, r, 1.0, 1.0));
    }

    [Fact]
    public void CountsWalk_EqualsSortedWalk()
    {
        // Values 1, 2, 3 with counts (2, 1, 3) and (1, 4, 1).
        double[] r = [1, 1, 2, 3, 3, 3], c = [1, 2, 2, 2, 2, 3];
        Assert.Equal(KolmogorovSmirnovTest.SortedWalk(r, c), KolmogorovSmirnovTest.FromCounts([2, 1, 3], [1, 4, 1], 6, 6));
    }
}
