namespace Workbench.Ml.Profiling;

/// <summary>A column's profile plus what the alerts and correlations need from the same pass over the column.</summary>
/// <param name="Profile">The statistics shown to the student.</param>
/// <param name="Imbalance">ydata's entropy-based imbalance score (Categorical and Boolean), else null.</param>
/// <param name="UniformPValue">p-value of the chi-square test against a uniform distribution (Integer, Real,
/// Categorical), else null.</param>
/// <param name="Ranked">The column's ranks for Spearman correlation (Integer, Real and Boolean columns), else null.</param>
internal sealed record ColumnAnalysis(ColumnProfile Profile, double? Imbalance, double? UniformPValue, RankedColumn? Ranked);
