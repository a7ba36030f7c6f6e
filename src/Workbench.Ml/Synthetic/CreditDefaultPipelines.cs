using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Synthetic;

/// <summary>The two pipelines lab 05 compares on the credit-default data, as in the course: A imputes medians and
/// standardises every column; B does the same but Yeo-Johnson transforms the three skewed columns instead of scaling
/// them (scikit-learn's PowerTransformer, which also standardises).</summary>
public static class CreditDefaultPipelines
{
    /// <summary>The ten feature columns, in table order.</summary>
    public static IReadOnlyList<string> Features { get; } =
    [
        "revolving_unsecured_line_utilization", "age", "num_30_59_days_late", "debt_ratio", "monthly_income",
        "num_open_credit_lines", "num_90_days_late", "num_real_estate_loans", "num_60_89_days_late", "num_dependents",
    ];

    /// <summary>Pipeline A: median imputation, then standard scaling of every column.</summary>
    public static PipelineSpec A { get; } = new(
    [
        new ImputeStep(Features, ImputeStrategy.Median),
        new ScaleStep(Features, ScaleMethod.Standard),
    ]);

    /// <summary>Pipeline B: median imputation, Yeo-Johnson on the skewed columns, standard scaling of the rest.</summary>
    public static PipelineSpec B { get; } = new(
    [
        new ImputeStep(Features, ImputeStrategy.Median),
        new PowerStep(CreditDefaultGenerator.SkewedColumns, PowerMethod.YeoJohnson),
        new ScaleStep(Features.Except(CreditDefaultGenerator.SkewedColumns).ToList(), ScaleMethod.Standard),
    ]);
}
