using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The learned bin edges of one column (first = training minimum, last = maximum; ±∞ for a constant column).</summary>
public sealed record BinEdges(string Column, IReadOnlyList<double> Edges)
{
    /// <summary>The number of bins (edges − 1); fewer than asked when quantile edges coincide.</summary>
    public int Bins => Edges.Count - 1;
}

/// <summary>A fitted <see cref="BinStep"/>: the edges per column. A value gets the number of inner edges ≤ it, so values
/// outside the training range fall in the first or last bin; missing values stay missing.</summary>
public sealed record FittedBin(BinStep Binning, IReadOnlyList<BinEdges> Edges) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Binning;

    internal override TabularData Apply(TabularData table, StepContext context) =>
        TableEdit.MapNumbers(table, Edges.Select(e => e.Column).ToList(), (i, x) => Bin(Edges[i].Edges, x), context, ColumnType.Integer);

    private static double Bin(IReadOnlyList<double> edges, double x)
    {
        if (double.IsNaN(x)) return x;
        var bin = 0;
        for (var k = 1; k < edges.Count - 1; k++)
            if (edges[k] <= x) bin = k;
        return bin;
    }
}

/// <summary>Fits <see cref="BinStep"/>s as KBinsDiscretizer(encode="ordinal", strategy="uniform" or "quantile").</summary>
internal static class Binning
{
    public static FittedBin Fit(BinStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        if (step.Bins < 2) throw context.Error($"the number of bins is {step.Bins}; choose 2 or more.");
        var edges = new List<BinEdges>();
        foreach (var name in step.Columns)
        {
            var sorted = NumericStats.SortedPresent(context.RequireNumeric(table, name).Numbers!);
            if (sorted.Length == 0)
                throw context.Error($"column '{name}' has no values in the training data. Impute it first or drop it.");
            edges.Add(new BinEdges(name, Edges(sorted, step.Strategy, step.Bins)));
        }
        return new FittedBin(step, edges);
    }

    private static double[] Edges(double[] sorted, BinStrategy strategy, int bins)
    {
        double min = sorted[0], max = sorted[^1];
        if (min == max) return [double.NegativeInfinity, double.PositiveInfinity];
        if (strategy == BinStrategy.Uniform)
        {
            var step = (max - min) / bins;
            var uniform = new double[bins + 1];
            for (var i = 0; i < bins; i++) uniform[i] = i * step + min;
            uniform[bins] = max;
            return uniform;
        }
        var all = new double[bins + 1];
        for (var i = 0; i <= bins; i++) all[i] = NumericStats.Percentile(sorted, i == bins ? 100 : i * (100.0 / bins));
        return all.Where((edge, i) => i == 0 || edge - all[i - 1] > 1e-8).ToArray();
    }
}
