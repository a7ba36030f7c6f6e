using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The linear-time sort must put the same bits in the same places as a comparison sort on the radix keys
/// (−0 before +0), whether the values fill the range evenly, pile up on a spike or trail off in a long tail.</summary>
public class RadixSortTests
{
    private static ulong Key(double v)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(v);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static void AssertSortsLikeKeys(double[] values)
    {
        var expected = values.OrderBy(Key).Select(BitConverter.DoubleToInt64Bits).ToArray();
        var sorted = (double[])values.Clone();
        RadixSort.Sort(sorted);
        Assert.Equal(expected, sorted.Select(BitConverter.DoubleToInt64Bits).ToArray());
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void NormalValues_SortLikeKeys()
    {
        var random = new Random(31);
        AssertSortsLikeKeys(Enumerable.Range(0, 50_000).Select(_ => Normal(random)).ToArray());
    }

    [Fact]
    public void SignedZerosAndTies_SortLikeKeys()
    {
        var random = new Random(32);
        AssertSortsLikeKeys(Enumerable.Range(0, 30_000).Select(_ => random.Next(3) switch { 0 => -0.0, 1 => 0.0, _ => Math.Round(Normal(random), 1) }).ToArray());
    }

    [Fact]
    public void SpikeAndLongTail_SortLikeKeys()
    {
        var random = new Random(33);
        AssertSortsLikeKeys(Enumerable.Range(0, 30_000).Select(_ => random.Next(2) == 0 ? 1.5 : Math.Exp(8 * Normal(random))).ToArray());
    }

    [Fact]
    public void InfinitiesAndConstants_SortLikeKeys()
    {
        var random = new Random(34);
        AssertSortsLikeKeys(Enumerable.Range(0, 10_000).Select(i => i % 100 == 0 ? double.NegativeInfinity : i % 101 == 0 ? double.PositiveInfinity : Normal(random)).ToArray());
        AssertSortsLikeKeys(Enumerable.Repeat(2.5, 10_000).ToArray());
    }
}
