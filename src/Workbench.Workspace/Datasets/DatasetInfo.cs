using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>A catalog entry: one dataset stored as a real SQLite table in the workspace.</summary>
/// <param name="Source">Where it came from: a file name, "builtin:NAME", "generated:...", ...</param>
/// <param name="Fingerprint">SHA-256 (hex) of the stored content: schema and every value in row order.</param>
/// <param name="Version">Increases each time the content changes; profiles are cached per (dataset, version).</param>
public sealed record DatasetInfo(long Id, string Name, string Source, IReadOnlyList<ColumnInfo> Columns, long Rows,
    string Fingerprint, DateTimeOffset Created, long Version)
{
    /// <summary>The schema (names and types).</summary>
    public IReadOnlyList<ColumnSchema> Schema => Columns.Select(c => new ColumnSchema(c.Name, c.Type)).ToList();
}

/// <summary>A column of a stored dataset.</summary>
public sealed record ColumnInfo(string Name, ColumnType Type, long Missing);
