using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

public sealed class ColumnDistributionTests
{
    private static readonly double[] R = [1.2, 3.4, 2.2, 5.1, 0.3, 4.4, 2.9, 3.3, double.NaN];
    private static readonly double[] C = [2.5, 6.1, 4.8, 5.5, 3.9, 7.2, 4.1];

    private static ColumnDistribution Of(double[] r, double[] c) =>
        ColumnDistribution.Of(DataColumn.Numeric("x", ColumnType.Real, r), DataColumn.Numeric("x", ColumnType.Real, c))!;

    [Fact]
    public void Quantiles_MatchNumpy()
    {
        var d = Of(R, C);

        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([1.2,3.4,2.2,5.1,0.3,4.4,2.9,3.3],[.05,.25,.5,.75,.95]))"
        double[] reference = [0.615, 1.9500000000000002, 3.0999999999999996, 3.65, 4.8549999999999995];
        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([2.5,6.1,4.8,5.5,3.9,7.2,4.1],[.05,.25,.5,.75,.95]))"
        double[] current = [2.92, 4.0, 4.8, 5.8, 6.869999999999999];
        Assert.Equal([0.05, 0.25, 0.5, 0.75, 0.95], d.Quantiles.Select(q => q.Level));
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(reference[i], d.Quantiles[i].Reference, 1e-12);
            Assert.Equal(current[i], d.Quantiles[i].Current, 1e-12);
        }
    }

    [Fact]
    public void KsGap_MatchesScipyStatisticAndLocation()
    {
        var d = Of(R, C);

        // /usr/bin/python3 -c "from scipy import stats; r=stats.ks_2samp([1.2,3.4,2.2,5.1,0.3,4.4,2.9,3.3],[2.5,6.1,4.8,5.5,3.9,7.2,4.1]); print(r.statistic, r.statistic_location)"
        Assert.Equal(0.6071428571428571, d.Ks.Distance, 1e-12);
        Assert.Equal(3.4, d.Ks.At);
        Assert.Equal(6 / 8.0, d.Ks.ReferenceShare, 1e-12);
        Assert.Equal(1 / 7.0, d.Ks.CurrentShare, 1e-12);
    }

    [Fact]
    public void Curves_AreStepsOfTheEcdfIncludingTheKsPoint()
    {
        var d = Of(R, C);

        Assert.Equal([0.3, 1.2, 2.2, 2.9, 3.3, 3.4, 4.4, 5.1], d.Reference.X);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i / 8.0), d.Reference.Y);
        Assert.Contains(3.4, d.Current.X);
        Assert.Equal(1 / 7.0, d.Current.Y[d.Current.X.ToList().IndexOf(3.4)], 1e-12);
    }

    [Fact]
    public void LargeSample_IsThinnedToTheCurvePoints()
    {
        var big = Enumerable.Range(0, 100_000).Select(i => (double)i).ToArray();
        var d = Of(big, big.Select(v => v + 0.5).ToArray());

        Assert.InRange(d.Reference.X.Count, 2, ColumnDistribution.Defaults.CurvePoints + 1);
        Assert.Equal(0, d.Reference.X[0]);
        Assert.Equal(99_999, d.Reference.X[^1]);
        Assert.Equal(1.0, d.Reference.Y[^1]);
        Assert.Equal(1e-5, d.Ks.Distance, 1e-12);
    }

    [Fact]
    public void TextColumn_HasNoDistribution()
    {
        var text = DataColumn.Text("c", ColumnType.Categorical, ["a", "b"]);

        Assert.Null(ColumnDistribution.Of(text, text));
    }
}
