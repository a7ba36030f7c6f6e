using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The binned distances against SciPy/NumPy on the bins the spec prescribes. In Python p = counts_R / n and
/// q = counts_C / m; pr, qr are p, q with zeros replaced by 1e-4. js = jensenshannon(p, q),
/// psi = np.sum((qr-pr)*np.log(qr/pr)), kl = stats.entropy(pr, qr), hel = np.sqrt(1-np.sum(np.sqrt(p*q))),
/// linf = np.max(np.abs(p-q)).</summary>
public class BinnedDistancesTests
{
    public static TheoryData<DriftTestKind, double> Histogram => new()
    {
        // R(200) vs C(300, 2000); edges = np.histogram_bin_edges(np.concatenate([R(200), C(300, 2000)]), bins='sturges')
        // counts R [24,23,23,23,26,23,25,24,9,0], counts C [0,13,35,36,36,35,36,36,37,36]
        { DriftTestKind.JensenShannon, 0.3181543042452491 },
        { DriftTestKind.Psi, 1.8503909815339625 },
        { DriftTestKind.Kl, 0.9241832062615959 },
        { DriftTestKind.Hellinger, 0.37202208203142606 },
        { DriftTestKind.Linf, 0.12 },
    };

    [Theory]
    [MemberData(nameof(Histogram))]
    public void ContinuousColumn_UsesSturgesHistogram(DriftTestKind test, double expected)
    {
        var result = Run(Numbers(Spread(200)), Numbers(Shifted(300, 2000)), test);
        Statistic(expected, result.Statistic);
        Assert.Equal(11, result.Bins.Edges!.Count);
        Assert.Equal([24 / 200.0, 23 / 200.0, 23 / 200.0, 23 / 200.0, 26 / 200.0, 23 / 200.0, 25 / 200.0, 24 / 200.0, 9 / 200.0, 0.0], result.Bins.Reference);
    }

    public static TheoryData<DriftTestKind, double> Categories => new()
    {
        // R: a×5, b×3, c×2; C: a×2, b×3, d×4 -> counts R [5,3,2,0], C [2,3,0,4]
        { DriftTestKind.JensenShannon, 0.5011950830749448 },
        { DriftTestKind.Psi, 5.480422051566618 },
        { DriftTestKind.Kl, 1.8930082034833087 },
        { DriftTestKind.Hellinger, 0.5919788008449531 },
        { DriftTestKind.Linf, 0.4444444444444444 },
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void CategoriesOnOneSideOnly_AreBinsWithZeroShare(DriftTestKind test, double expected)
    {
        var result = Run(Texts("a", "a", "a", "a", "a", "b", "b", "b", "c", "c"), Texts("a", "a", "b", "b", "b", "d", "d", "d", "d"), test);
        Statistic(expected, result.Statistic);
        Assert.Equal(["a", "b", "c", "d"], result.Bins.Categories);
        Assert.Equal(0.0, result.Bins.Current[2]);
        Assert.Equal(0.0, result.Bins.Reference[3]);
    }

    public static TheoryData<DriftTestKind, double> FewValues => new()
    {
        // R [1,1,2,3,3,3], C [1,2,2,4] -> one bin per value 1..4: counts R [2,1,3,0], C [1,2,0,1]
        { DriftTestKind.JensenShannon, 0.5536430274247462 },
        { DriftTestKind.Psi, 6.603151576762315 },
        { DriftTestKind.Kl, 4.170189148231453 },
        { DriftTestKind.Hellinger, 0.6501151673437363 },
        { DriftTestKind.Linf, 0.5 },
    };

    [Theory]
    [MemberData(nameof(FewValues))]
    public void NumericColumnWithFewValues_UsesOneBinPerValue(DriftTestKind test, double expected)
    {
        var result = Run(Numbers(1, 1, 2, 3, 3, 3), Numbers(1, 2, 2, 4), test);
        Statistic(expected, result.Statistic);
        Assert.Null(result.Bins.Edges);
        Assert.Equal(["1", "2", "3", "4"], result.Bins.Categories);
    }

    [Theory]
    [InlineData(DriftTestKind.JensenShannon)]
    [InlineData(DriftTestKind.Psi)]
    [InlineData(DriftTestKind.Kl)]
    [InlineData(DriftTestKind.Hellinger)]
    [InlineData(DriftTestKind.Linf)]
    public void IdenticalSamples_GiveExactlyZero(DriftTestKind test)
    {
        Assert.Equal(0.0, Run(Numbers(Spread(500)), Numbers(Spread(500)), test).Statistic);
        Assert.Equal(0.0, Run(Texts("a", "b", "b", "c"), Texts("c", "b", "a", "b"), test).Statistic);
    }
}
