namespace Workbench.Workspace.Storage;

/// <summary>Size and speed of one storage format for one dataset.</summary>
/// <param name="Format">"CSV", "Parquet" or "SQLite".</param>
public sealed record FormatMeasurement(string Format, long SizeBytes, TimeSpan WriteTime, TimeSpan ReadTime, long Rows);

/// <summary>Lab 02's live comparison of CSV, Parquet and SQLite: writes the dataset in each format to a temporary
/// folder, reads it back fully, and measures size and times. Temporary files are removed.</summary>
public interface IFormatComparison
{
    /// <summary>Measures every format for the dataset.</summary>
    Task<IReadOnlyList<FormatMeasurement>> CompareAsync(string datasetName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);
}
