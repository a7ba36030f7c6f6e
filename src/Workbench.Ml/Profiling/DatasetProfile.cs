namespace Workbench.Ml.Profiling;

/// <summary>A ydata-style profile of one dataset.</summary>
public sealed record DatasetProfile(
    string DatasetName,
    ProfileOverview Overview,
    IReadOnlyList<ProfileAlert> Alerts,
    IReadOnlyList<ColumnProfile> Columns,
    IReadOnlyList<CorrelationMatrix> Correlations,
    MissingValues Missing,
    SampleRows Head,
    SampleRows Tail,
    IReadOnlyList<DuplicateRow> TopDuplicates);

/// <summary>Dataset-level statistics.</summary>
/// <param name="MissingCells">Number of missing cells.</param>
/// <param name="MissingShare">Missing cells / (rows × columns).</param>
/// <param name="DuplicateRows">Rows that repeat an earlier row (pandas <c>duplicated().sum()</c>).</param>
/// <param name="SizeBytes">Storage size of the dataset in bytes (as measured by the store; 0 if unknown).</param>
public sealed record ProfileOverview(long Rows, int ColumnCount, long MissingCells, double MissingShare,
    long DuplicateRows, double DuplicateShare, long SizeBytes, IReadOnlyDictionary<string, int> TypeCounts);

/// <summary>One data-quality alert (ydata-profiling's alert types and default thresholds).</summary>
/// <param name="Kind">CONSTANT, ZEROS, HIGH_CORRELATION, HIGH_CARDINALITY, DUPLICATES, SKEWED, IMBALANCE, MISSING,
/// INFINITE, UNIQUE, UNIFORM, EMPTY, ...</param>
/// <param name="Column">The column, or null for dataset-level alerts.</param>
/// <param name="Message">A sentence for the student, with the number and the threshold.</param>
public sealed record ProfileAlert(string Kind, string? Column, string Message);

/// <summary>Per-column statistics. Numeric fields are null where they do not apply (text columns, empty columns).</summary>
public sealed record ColumnProfile(
    string Name,
    Workbench.Ml.Data.ColumnType Type,
    long Count,
    long Distinct,
    long Missing,
    double MissingShare,
    NumericSummary? Numeric,
    IReadOnlyList<ValueCount> MostFrequent,
    Histogram? Histogram);

/// <summary>Statistics of a numeric column over its non-missing values, with pandas conventions.</summary>
/// <remarks>Std uses ddof = 1; quantiles use linear interpolation (numpy's default); skewness and kurtosis are pandas'
/// bias-corrected <c>skew()</c> and excess <c>kurt()</c>.</remarks>
public sealed record NumericSummary(double Mean, double Std, double Min, double Q05, double Q25, double Median,
    double Q75, double Q95, double Max, double? Skewness, double? Kurtosis, long Zeros, long Infinite, double Sum);

/// <summary>A value and how often it occurs.</summary>
public sealed record ValueCount(string Value, long Count, double Share);

/// <summary>A histogram: <c>Edges.Count == Counts.Count + 1</c> for numeric bins; for categorical bars
/// <see cref="Labels"/> names each bar and <see cref="Edges"/> is empty.</summary>
public sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<long> Counts, IReadOnlyList<string>? Labels = null);

/// <summary>A square correlation matrix over <see cref="Columns"/>; NaN where undefined.</summary>
/// <param name="Method">"pearson", "spearman" or "cramers_v".</param>
public sealed record CorrelationMatrix(string Method, IReadOnlyList<string> Columns, double[][] Values);

/// <summary>Missing values by column, and a matrix of a sample of rows (true = missing).</summary>
public sealed record MissingValues(IReadOnlyList<ValueCount> ByColumn, IReadOnlyList<int> MatrixRowIndexes, bool[][] Matrix);

/// <summary>Rows shown as a sample, formatted for display.</summary>
public sealed record SampleRows(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows);

/// <summary>A duplicated row and how many times it occurs.</summary>
public sealed record DuplicateRow(string?[] Values, long Count);
