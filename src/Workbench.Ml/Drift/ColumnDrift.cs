using System.Text.Json.Serialization;

namespace Workbench.Ml.Drift;

/// <summary>The drift of one column: which test ran and why, its statistic, p-value, threshold and verdict.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Kind">Numeric or categorical.</param>
/// <param name="Test">The test that ran.</param>
/// <param name="Reason">Why this test was chosen, in words.</param>
/// <param name="Statistic">The test statistic or distance (KS D, chi-square, z, or the distance).</param>
/// <param name="PValue">The p-value; null for distances.</param>
/// <param name="AdjustedPValue">The p-value after the multiple-testing correction; null for distances.</param>
/// <param name="Threshold">Significance level (p-value tests) or distance threshold.</param>
/// <param name="Drifted">True when p &lt; threshold (p-value tests, using the adjusted p-value) or statistic ≥ threshold.</param>
/// <param name="ReferenceRows">Reference values compared (missing values dropped).</param>
/// <param name="CurrentRows">Current values compared (missing values dropped).</param>
/// <param name="MissingReference">Missing values dropped from the reference.</param>
/// <param name="MissingCurrent">Missing values dropped from the current sample.</param>
/// <param name="Bins">The bins with the reference and current shares, for charts (the bins the binned tests used).</param>
public sealed record ColumnDrift(
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("kind")] DriftColumnKind Kind,
    [property: JsonPropertyName("test")] DriftTestKind Test,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("statistic")] double Statistic,
    [property: JsonPropertyName("pValue")] double? PValue,
    [property: JsonPropertyName("adjustedPValue")] double? AdjustedPValue,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("drifted")] bool Drifted,
    [property: JsonPropertyName("referenceRows")] int ReferenceRows,
    [property: JsonPropertyName("currentRows")] int CurrentRows,
    [property: JsonPropertyName("missingReference")] int MissingReference,
    [property: JsonPropertyName("missingCurrent")] int MissingCurrent,
    [property: JsonPropertyName("bins")] ColumnBins Bins);

/// <summary>Bins of a column and the share of each sample in each bin.</summary>
/// <remarks>Either <see cref="Edges"/> (a histogram: bin i is [e_i, e_i+1), the last bin closed) or
/// <see cref="Categories"/> (one bin per value or category) is set. Shares are before any zero replacement.</remarks>
/// <param name="Edges">Histogram edges (one more than bins), or null for per-value bins.</param>
/// <param name="Categories">The value of each bin as text, or null for a histogram.</param>
/// <param name="Reference">Share of the reference in each bin (p).</param>
/// <param name="Current">Share of the current sample in each bin (q).</param>
public sealed record ColumnBins(
    [property: JsonPropertyName("edges")] IReadOnlyList<double>? Edges,
    [property: JsonPropertyName("categories")] IReadOnlyList<string>? Categories,
    [property: JsonPropertyName("reference")] IReadOnlyList<double> Reference,
    [property: JsonPropertyName("current")] IReadOnlyList<double> Current)
{
    /// <summary>Number of bins.</summary>
    [JsonIgnore]
    public int Count => Reference.Count;
}
