using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class FingerprintSetTests
{
    [Fact]
    public void Add_CountsDistinctFingerprintsAcrossGrowth()
    {
        var set = new FingerprintSet();
        var random = new Random(3);
        var reference = new HashSet<ulong>();
        for (var i = 0; i < 50_000; i++)
        {
            var v = (ulong)random.NextInt64(0, 20_000) * 0x9E3779B97F4A7C15UL;
            Assert.Equal(reference.Add(v == 0 ? 1 : v), set.Add(v));
        }
        Assert.Equal(reference.Count, set.Count);
    }

    [Fact]
    public void Zero_IsAFingerprintLikeAnyOther()
    {
        var set = new FingerprintSet();
        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.Equal(1, set.Count);
    }
}
