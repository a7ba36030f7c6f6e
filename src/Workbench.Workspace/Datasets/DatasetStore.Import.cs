using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

public sealed partial class DatasetStore
{
    /// <summary>Defaults for imports.</summary>
    public static class Defaults
    {
        /// <summary>Page cache for the importing connection, in KiB (256 MiB, taken only as pages are used): a large
        /// import then builds its table in memory instead of spilling pages to the WAL before the commit.</summary>
        public const int ImportCacheKib = 262_144;

        /// <summary>Rows in the import preview.</summary>
        public const int PreviewRows = 20;
    }

    /// <inheritdoc />
    public Task<ImportPreview> AnalyzeAsync(string path, ReadOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => TypeInference.Analyze(OpenSource(path, options), Defaults.PreviewRows, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<DatasetInfo> ImportAsync(string name, string path, ReadOptions options, IReadOnlyList<ColumnSchema>? schema = null,
        string? source = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Refusing(name, () => Import(name, path, options, schema, source, progress, cancellationToken)), cancellationToken);

    /// <inheritdoc />
    public Task<DatasetInfo> SaveAsync(string name, TabularData data, string source, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => Refusing(name, () => Save(name, data, source, progress, cancellationToken)), cancellationToken);

    private DatasetInfo Import(string name, string path, ReadOptions options, IReadOnlyList<ColumnSchema>? schema,
        string? source, IProgress<double>? progress, CancellationToken ct)
    {
        DatasetNames.Validate(name);
        using (var connection = workspace.Open()) RequireFreeName(connection, name, null);
        var clock = Stopwatch.StartNew();
        logger.LogInformation("Import of {Path} as dataset {Name} started", path, name);
        var rows = OpenSource(path, options);
        var inferring = schema is null && rows.DeclaredTypes is null;
        var resolved = ResolveSchema(rows, schema, inferring ? ScaledProgress.Of(progress, 0, 0.5) : null, ct);
        var writeProgress = inferring ? ScaledProgress.Of(progress, 0.5, 0.5) : progress;
        var info = Write(name, source ?? Path.GetFileName(path), resolved,
            (writer, ct2) => ImportPipeline.Run(rows, resolved.ToArray(), writer, writeProgress, ct2), ct);
        progress?.Report(1);
        logger.LogInformation("Import of {Path} as dataset {Name} finished: {Rows} rows, {Columns} columns in {Ms} ms",
            path, info.Name, info.Rows, info.Columns.Count, clock.ElapsedMilliseconds);
        return info;
    }

    private DatasetInfo Save(string name, TabularData data, string source, IProgress<double>? progress, CancellationToken ct)
    {
        DatasetNames.Validate(name);
        var schema = data.Columns.Select(c => new ColumnSchema(c.Name, c.Type)).ToList();
        ValidateColumnNames(schema.Select(c => c.Name));
        if (data.Columns.Any(c => c.Length != data.RowCount))
            throw new WorkspaceException($"The columns of '{data.Name}' have different lengths; every column needs one value per row.");
        var clock = Stopwatch.StartNew();
        var info = Write(name, source, schema, (writer, ct2) =>
        {
            var values = new object?[schema.Count];
            for (var r = 0; r < data.RowCount; r++)
            {
                if ((r & 4095) == 0) { ct2.ThrowIfCancellationRequested(); progress?.Report((double)r / Math.Max(1, data.RowCount)); }
                for (var c = 0; c < values.Length; c++) values[c] = StorageValue(data.Columns[c], r);
                writer.WriteStored(values);
            }
        }, ct);
        progress?.Report(1);
        logger.LogInformation("Saved dataset {Name} from {Source}: {Rows} rows in {Ms} ms", info.Name, source, info.Rows, clock.ElapsedMilliseconds);
        return info;
    }

    /// <summary>Creates the table, fills it and writes the catalog in one transaction; anything thrown rolls all of it back.</summary>
    private DatasetInfo Write(string name, string source, IReadOnlyList<ColumnSchema> schema,
        Action<TableWriter, CancellationToken> fill, CancellationToken ct)
    {
        using var connection = workspace.Open();
        SqliteWorkspace.Execute(connection, $"PRAGMA cache_size = -{Defaults.ImportCacheKib};");
        try
        {
            using var transaction = connection.BeginTransaction();
            RequireFreeName(connection, name, transaction);
            using var writer = TableWriter.Create(connection, transaction, name, schema);
            fill(writer, ct);
            ct.ThrowIfCancellationRequested();
            var (columns, fingerprint) = writer.Finish();
            var created = DateTimeOffset.UtcNow;
            var id = DatasetCatalog.Insert(connection, transaction, name, source, columns, writer.Rows, fingerprint, created);
            transaction.Commit();
            return new DatasetInfo(id, name, source, columns, writer.Rows, fingerprint, created, 1);
        }
        finally
        {
            SqliteWorkspace.Execute(connection, "PRAGMA cache_size = -2000;");
            NativeHeap.Trim();
        }
    }

    private static IReadOnlyList<ColumnSchema> ResolveSchema(IRowSource rows, IReadOnlyList<ColumnSchema>? schema,
        IProgress<double>? progress, CancellationToken ct)
    {
        var names = rows.ColumnNames;
        ValidateColumnNames(names);
        if (schema is null)
        {
            return rows.DeclaredTypes is { } declared
                ? names.Select((n, i) => new ColumnSchema(n, declared[i])).ToList()
                : TypeInference.Analyze(rows, Defaults.PreviewRows, progress, ct).Schema;
        }
        if (schema.Count != names.Count)
            throw new WorkspaceException($"The chosen schema has {schema.Count} columns but the file has {names.Count}. Analyze the file again and choose the types.");
        for (var i = 0; i < names.Count; i++)
            if (!string.Equals(schema[i].Name, names[i], StringComparison.OrdinalIgnoreCase))
                throw new WorkspaceException($"Column {i + 1} of the chosen schema is '{schema[i].Name}' but the file has '{names[i]}'. Analyze the file again and choose the types.");
        return names.Select((n, i) => new ColumnSchema(n, schema[i].Type)).ToList();
    }

    private static void ValidateColumnNames(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!names.Any()) throw new WorkspaceException("A dataset needs at least one column.");
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new WorkspaceException("A column has an empty name. Give every column a name.");
            if (name.Contains('\0')) throw new WorkspaceException($"Column name '{name.Replace('\0', '?')}' contains a NUL character. Rename the column.");
            if (!seen.Add(name)) throw new WorkspaceException($"The column name '{Workbench.Ml.MessageText.Name(name)}' appears twice (names ignore case). Rename one of them.");
        }
        if (ColumnStorage.RowIdAlias(seen) is null)
            throw new WorkspaceException("Columns named 'rowid', '_rowid_' and 'oid' cannot all be used together: SQLite needs one of them. Rename one.");
    }

    private static object? StorageValue(DataColumn column, int row)
    {
        if (column.Strings is { } strings) return strings[row];
        var v = column.Numbers![row];
        if (double.IsNaN(v)) return null;
        return column.Type switch
        {
            ColumnType.Integer => double.IsInteger(v) ? (object)(long)v : v,
            ColumnType.Boolean => v != 0 ? 1L : 0L,
            ColumnType.Date => DateValues.Format(v),
            _ => v,
        };
    }

    private static IRowSource OpenSource(string path, ReadOptions options)
    {
        if (!File.Exists(path)) throw new WorkspaceException($"The file '{path}' does not exist. Check the path.");
        return DataFileReader.Open(path, options);
    }

    private T Refusing<T>(string name, Func<T> work)
    {
        try { return work(); }
        catch (Exception e) when (e is WorkspaceException or DataImportException)
        {
            logger.LogWarning("Refused to store dataset {Name}: {Reason}", name, e.Message);
            throw;
        }
        catch (OperationCanceledException)
        {
            logger.LogInformation("Storing dataset {Name} was cancelled; nothing was written", name);
            throw;
        }
    }
}
