namespace Workbench.Web.Labs.Lab03;

/// <summary>The alert kinds a student meets in lab 03, with ydata-profiling's default thresholds and the question
/// each one should raise.</summary>
public static class AlertGuide
{
    /// <summary>Kind, when it fires, and what to ask.</summary>
    public static readonly IReadOnlyList<(string Kind, string When, string Ask)> Kinds =
    [
        ("MISSING", "more than 1 % of a column's values are missing", "Why are they missing? Impute, flag, or drop the column?"),
        ("CONSTANT", "a column has a single value", "It carries no information: drop it."),
        ("UNIQUE", "every value is different", "An identifier? It must not be a feature."),
        ("HIGH_CARDINALITY", "a categorical column has more than 50 distinct values", "One-hot would explode: hash, group rare values, or drop."),
        ("HIGH_CORRELATION", "two columns correlate above 0.9", "Redundant, or a leak of the label?"),
        ("SKEWED", "|skewness| is above 20", "Would a log or power transform help a linear model?"),
        ("ZEROS", "more than 1 % of a numeric column's values are zero", "Real zeros, or a missing value in disguise?"),
        ("IMBALANCE", "one category dominates a column", "For a label: which metric, and do you need stratified splits?"),
        ("DUPLICATES", "more than 1 % of the rows repeat an earlier row", "Data error, or real repeats? Duplicates leak across a split."),
        ("INFINITE", "a numeric column holds infinite values", "A division by zero upstream? Most learners reject them."),
        ("UNIFORM", "a column is uniformly distributed (χ² p > 0.999)", "An identifier or a random number?"),
        ("EMPTY", "the dataset has no rows", "Did the import or the filter go wrong?"),
    ];
}
