using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>The datasets of one workspace: import (all or nothing), catalog, browsing, export, loading for analysis.</summary>
/// <remarks>User-facing refusals throw <see cref="WorkspaceException"/>; malformed files throw
/// <see cref="DataImportException"/>. Neither leaves anything written.</remarks>
public interface IDatasetStore
{
    /// <summary>Every dataset in the catalog, by name.</summary>
    Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The dataset of that name (case-insensitive), or null.</summary>
    Task<DatasetInfo?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>First pass over a file: structure checks, inferred schema, first rows. Writes nothing.</summary>
    Task<ImportPreview> AnalyzeAsync(string path, ReadOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Imports a file as a new dataset in one transaction: the table, its rows and its catalog entry, or nothing.</summary>
    /// <param name="schema">Column types to use (from a preview, possibly overridden); null to infer them.</param>
    /// <param name="source">What to record as the source; null for the file name.</param>
    Task<DatasetInfo> ImportAsync(string name, string path, ReadOptions options, IReadOnlyList<ColumnSchema>? schema = null,
        string? source = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Stores an in-memory table as a new dataset (generators, derived tables), all or nothing.</summary>
    Task<DatasetInfo> SaveAsync(string name, TabularData data, string source, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Renames a dataset; its content and fingerprint are unchanged.</summary>
    Task<DatasetInfo> RenameAsync(string name, string newName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a dataset, its table and cached results.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Writes the dataset as UTF-8 CSV (header, RFC 4180 quoting, empty cell for missing), text cells that a
    /// spreadsheet would run as formulas escaped unless <paramref name="formulas"/> says otherwise.</summary>
    Task ExportCsvAsync(string name, Stream output, FormulaCells formulas = FormulaCells.Escape, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>One page of rows, sorted and filtered in SQLite (fast on a million rows).</summary>
    Task<DataPage> QueryPageAsync(string name, PageRequest request, CancellationToken cancellationToken = default);

    /// <summary>One whole value of a dataset, as display text (null = missing): the one a page cut.</summary>
    /// <exception cref="WorkspaceException">No such dataset, column or row.</exception>
    Task<string?> ReadValueAsync(string name, long rowId, string column, CancellationToken cancellationToken = default);

    /// <summary>Loads the dataset (or some of its columns) into memory for analysis.</summary>
    Task<TabularData> LoadAsync(string name, IReadOnlyList<string>? columns = null, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Bytes the dataset's table and indexes take in the workspace file (SQLite dbstat), or 0 if unknown.</summary>
    Task<long> GetSizeBytesAsync(string name, CancellationToken cancellationToken = default);
}
