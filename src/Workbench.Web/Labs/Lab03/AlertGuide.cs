using System.Globalization;
using Workbench.Ml.Profiling;

namespace Workbench.Web.Labs.Lab03;

/// <summary>The alert kinds a student meets in lab 03, with the profiler's default thresholds (ydata-profiling's) and
/// the question each one should raise.</summary>
public static class AlertGuide
{
    private static readonly AlertThresholds T = new();

    /// <summary>Kind, when it fires, and what to ask.</summary>
    public static readonly IReadOnlyList<(string Kind, string When, string Ask)> Kinds =
    [
        ("MISSING", $"more than {Pct(T.Share)} of a column's values are missing", "Why are they missing? Impute, flag, or drop the column?"),
        ("CONSTANT", "a column has a single value", "It carries no information: drop it."),
        ("UNIQUE", "every value is different", "An identifier? It must not be a feature."),
        ("HIGH_CARDINALITY", $"a categorical column has more than {T.Cardinality} distinct values", "One-hot would explode: hash, group rare values, or drop."),
        ("HIGH_CORRELATION", $"two columns correlate at |r| ≥ {Num(T.Correlation)} (any method)", "Redundant, or a leak of the label?"),
        ("SKEWED", $"|skewness| is above {Num(T.Skewness)}", "Would a log or power transform help a linear model?"),
        ("ZEROS", $"more than {Pct(T.Share)} of a numeric column's values are zero", "Real zeros, or a missing value in disguise?"),
        ("IMBALANCE", $"one category dominates (imbalance score above {Num(T.Imbalance)}, 0 = even, 1 = one value)", "For a label: which metric, and do you need stratified splits?"),
        ("DUPLICATES", "at least one row repeats an earlier row", "Data error, or real repeats? Duplicates leak across a split."),
        ("INFINITE", $"more than {Pct(T.Share)} of a numeric column's values are infinite", "A division by zero upstream? Most learners reject them."),
        ("UNIFORM", $"a column looks uniformly distributed (χ² p > {Num(T.UniformPValue)})", "An identifier or a random number?"),
        ("EMPTY", "the dataset has no rows", "Did the import or the filter go wrong?"),
    ];

    private static string Pct(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
