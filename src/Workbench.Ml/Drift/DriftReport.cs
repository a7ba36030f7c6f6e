using System.Text.Json.Serialization;

namespace Workbench.Ml.Drift;

/// <summary>The drift of a dataset: one result per compared column, the share that drifted, and the verdict.</summary>
/// <param name="Columns">Per-column results, in the order the columns were asked for.</param>
/// <param name="DriftShare">Share of compared columns that drifted (0 when no column was compared).</param>
/// <param name="DatasetDrift">True when <paramref name="DriftShare"/> is at least the configured share.</param>
public sealed record DriftReport(
    [property: JsonPropertyName("columns")] IReadOnlyList<ColumnDrift> Columns,
    [property: JsonPropertyName("driftShare")] double DriftShare,
    [property: JsonPropertyName("datasetDrift")] bool DatasetDrift);
