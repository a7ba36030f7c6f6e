using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The learned centre and scale of one column; the output is (x − Center) / Scale.</summary>
/// <remarks>Standard: mean and population standard deviation. Min-max: minimum and range. Robust: median and
/// interquartile range. A zero scale (a constant column) is replaced by 1, as scikit-learn does.</remarks>
public sealed record ScaleParameters(string Column, double Center, double Scale);

/// <summary>A fitted <see cref="ScaleStep"/>: centre and scale per column. Missing values stay missing.</summary>
public sealed record FittedScale(ScaleStep Scaling, IReadOnlyList<ScaleParameters> Parameters) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Scaling;

    internal override TabularData Apply(TabularData table, StepContext context) =>
        TableEdit.MapNumbers(table, Parameters.Select(p => p.Column).ToList(),
            (i, x) => (x - Parameters[i].Center) / Parameters[i].Scale, context);
}

/// <summary>Fits <see cref="ScaleStep"/>s as StandardScaler, MinMaxScaler and RobustScaler, ignoring missing values.</summary>
internal static class Scaling
{
    public static FittedScale Fit(ScaleStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        var parameters = new List<ScaleParameters>();
        foreach (var name in step.Columns)
        {
            var values = context.RequireNumeric(table, name).Numbers!;
            var sorted = NumericStats.SortedPresent(values);
            if (sorted.Length == 0)
                throw context.Error($"column '{name}' has no values in the training data. Impute it first or drop it.");
            parameters.Add(step.Method switch
            {
                ScaleMethod.Standard => Standard(name, values),
                ScaleMethod.MinMax => new ScaleParameters(name, sorted[0], NumericStats.NonZeroScale(sorted[^1] - sorted[0])),
                _ => new ScaleParameters(name, NumericStats.Percentile(sorted, 50),
                    NumericStats.NonZeroScale(NumericStats.Percentile(sorted, 75) - NumericStats.Percentile(sorted, 25))),
            });
        }
        return new FittedScale(step, parameters);
    }

    private static ScaleParameters Standard(string name, double[] values)
    {
        var (mean, variance, n) = NumericStats.MeanVariance(values);
        return new ScaleParameters(name, mean, NumericStats.StandardScale(mean, variance, n));
    }
}
