namespace Workbench.Ml.Data;

/// <summary>A file opened for import: its header and a way to read its rows, as many times as needed.</summary>
/// <remarks>Values are raw text; null means missing (empty cell, or a missing-value spelling: NA, NaN, null, ?, ...).
/// Readers validate structure while reading and throw <see cref="DataImportException"/> naming the line and the fix.</remarks>
public interface IRowSource
{
    /// <summary>The detected or requested format.</summary>
    DataFormat Format { get; }

    /// <summary>Column names from the header, validated (non-empty, unique ignoring case).</summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Types the file itself declares (Parquet), or null for text formats whose types are inferred.</summary>
    IReadOnlyList<ColumnType>? DeclaredTypes { get; }

    /// <summary>Reads every row from the start. Each call starts a new pass over the file.</summary>
    /// <param name="progress">Receives the fraction of the file read so far (0..1), at most every few thousand rows.</param>
    IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
