using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The learned Yeo-Johnson parameters of one column: λ, then the mean and scale used to standardise ψ(x, λ).</summary>
public sealed record PowerParameters(string Column, double Lambda, double Mean, double Scale);

/// <summary>A fitted <see cref="PowerStep"/>: λ, mean and scale per column for Yeo-Johnson; nothing for log1p.</summary>
public sealed record FittedPower(PowerStep Power, IReadOnlyList<PowerParameters> Parameters) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Power;

    internal override TabularData Apply(TabularData table, StepContext context) => Power.Method == PowerMethod.Log1p
        ? TableEdit.MapNumbers(table, Power.Columns, (_, x) => Log1p.Of(x), context)
        : TableEdit.MapNumbers(table, Parameters.Select(p => p.Column).ToList(),
            (i, x) => (YeoJohnson.Transform(x, Parameters[i].Lambda) - Parameters[i].Mean) / Parameters[i].Scale, context);
}

/// <summary>Fits <see cref="PowerStep"/>s as PowerTransformer(method="yeo-johnson", standardize=True), ignoring missing values.</summary>
internal static class PowerTransform
{
    public static FittedPower Fit(PowerStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        var parameters = new List<PowerParameters>();
        foreach (var name in step.Columns)
        {
            var values = context.RequireNumeric(table, name).Numbers!;
            if (step.Method == PowerMethod.Log1p) continue;
            if (values.All(double.IsNaN))
                throw context.Error($"column '{name}' has no values in the training data. Impute it first or drop it.");
            var lambda = YeoJohnson.FitLambda(values);
            var transformed = values.Select(x => YeoJohnson.Transform(x, lambda)).ToArray();
            var (mean, variance, n) = NumericStats.MeanVariance(transformed);
            parameters.Add(new PowerParameters(name, lambda, mean, NumericStats.StandardScale(mean, variance, n)));
        }
        return new FittedPower(step, parameters);
    }
}
