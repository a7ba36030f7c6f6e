using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class BinningTests
{
    private const double N = double.NaN;
    private static readonly double[] Probe = [-5, 1.5, 3.0, 3.1, 7.25, 12.0, 20, N];

    private static (BinEdges Edges, double[] Output) Run(BinStrategy strategy)
    {
        var fitted = new PipelineSpec([new BinStep(["x"], strategy, 4)]).Fit(Sample());
        var output = fitted.Transform(Numbers("x", Probe));
        Assert.Equal(ColumnType.Integer, output["x"].Type);
        return (((FittedBin)fitted.Steps[0]).Edges[0], output["x"].Numbers!);
    }

    [Fact]
    public void Uniform_MatchesKBinsDiscretizerOrdinal()
    {
        var (edges, output) = Run(BinStrategy.Uniform);
        // k = KBinsDiscretizer(n_bins=4, encode="ordinal", strategy="uniform").fit(np.c_[x[~np.isnan(x)]]); k.bin_edges_[0]
        Assert.Equal([-2.0, 1.5, 5.0, 8.5, 12.0], edges.Edges);
        // k.transform(np.c_[[-5, 1.5, 3.0, 3.1, 7.25, 12.0, 20]]) (NaN stays NaN here; sklearn rejects NaN)
        Assert.Equal([0.0, 1, 1, 1, 2, 3, 3, N], output);
    }

    [Fact]
    public void Quantile_MatchesKBinsDiscretizerOrdinal()
    {
        var (edges, output) = Run(BinStrategy.Quantile);
        // same with strategy="quantile": k.bin_edges_[0]
        Assert.Equal([-2.0, 1.25, 3.0, 4.8125, 12.0], edges.Edges);
        Assert.Equal([0.0, 1, 2, 2, 3, 3, 3, N], output);
    }

    [Fact]
    public void QuantileTies_RemoveEmptyBins()
    {
        // KBinsDiscretizer(n_bins=4, encode="ordinal", strategy="quantile").fit(np.c_[[1,1,1,1,1,2,3]]).bin_edges_[0] -> [1., 1.5, 3.]
        var fitted = new PipelineSpec([new BinStep(["v"], BinStrategy.Quantile, 4)]).Fit(Numbers("v", 1, 1, 1, 1, 1, 2, 3));
        Assert.Equal([1.0, 1.5, 3.0], ((FittedBin)fitted.Steps[0]).Edges[0].Edges);
    }

    [Fact]
    public void ConstantColumn_HasOneBin()
    {
        var fitted = new PipelineSpec([new BinStep(["v"], BinStrategy.Uniform, 3)]).Fit(Numbers("v", 2, 2));
        // KBinsDiscretizer on a constant feature: bin_edges_ [-inf, inf], every value -> 0
        Assert.Equal(1, ((FittedBin)fitted.Steps[0]).Edges[0].Bins);
        Assert.Equal([0.0, 0], fitted.Transform(Numbers("v", -100, 100))["v"].Numbers!);
    }
}
