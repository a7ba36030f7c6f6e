using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

public sealed partial class DatasetStore
{
    /// <summary>Tables with at least this many rows get an index on a column the browser sorts or compares on.</summary>
    public const long IndexThresholdRows = 20_000;

    /// <inheritdoc />
    public Task<DataPage> QueryPageAsync(string name, PageRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            using var connection = workspace.Open();
            var info = RequireDataset(connection, name);
            PageQuery query;
            try { query = new PageQuery(info, request); }
            catch (WorkspaceException e)
            {
                logger.LogWarning("Refused a page request on dataset {Name}: {Reason}", info.Name, e.Message);
                throw;
            }
            var indexed = EnsureIndexes(connection, info, query);
            using var registration = cancellationToken.Register(() => Interrupt(connection));
            try
            {
                return ReadPage(connection, info, query) with { WithoutIndex = !indexed };
            }
            catch (SqliteException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }, cancellationToken);

    private static DataPage ReadPage(SqliteConnection connection, DatasetInfo info, PageQuery query)
    {
        using var command = connection.CreateCommand();
        query.Bind(command);
        var total = info.Rows;
        if (query.HasFilters)
        {
            command.CommandText = query.CountSql;
            total = (long)command.ExecuteScalar()!;
        }
        command.CommandText = query.PageSql;
        command.Parameters.AddWithValue("$limit", query.Request.Limit);
        command.Parameters.AddWithValue("$offset", query.Request.Offset);
        var rows = new List<string?[]>(query.Request.Limit);
        var ids = new List<long>(query.Request.Limit);
        var cut = new List<CutValue>();
        var textColumns = Enumerable.Range(0, info.Columns.Count).Where(i => PageQuery.IsText(info.Columns[i])).ToArray();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            var row = new string?[info.Columns.Count];
            for (var i = 0; i < row.Length; i++) row[i] = ColumnStorage.Display(reader.GetValue(i + 1), info.Columns[i].Type);
            for (var k = 0; k < textColumns.Length; k++)
                if (!reader.IsDBNull(1 + row.Length + k))
                    cut.Add(new CutValue(rows.Count, textColumns[k], reader.GetInt64(1 + row.Length + k)));
            rows.Add(row);
        }
        return new DataPage(info.Columns.Select(c => c.Name).ToList(), rows, total) { RowIds = ids, CutValues = cut };
    }

    /// <inheritdoc />
    public Task<string?> ReadValueAsync(string name, long rowId, string column, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            using var connection = workspace.Open();
            var info = RequireDataset(connection, name);
            var target = info.Columns.FirstOrDefault(c => c.Name == column)
                ?? throw new WorkspaceException($"Dataset '{info.Name}' has no column named '{Workbench.Ml.MessageText.Name(column)}'.");
            var rowIdName = ColumnStorage.RowIdAlias(info.Columns.Select(c => c.Name))!;
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {SqlIdentifier.Quote(target.Name)} FROM {SqlIdentifier.Quote(info.Name)} WHERE {rowIdName} = $id;";
            command.Parameters.AddWithValue("$id", rowId);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) throw new WorkspaceException($"Dataset '{info.Name}' has no row {rowId}; it may have changed since the page was read.");
            return ColumnStorage.Display(reader.GetValue(0), target.Type);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<TabularData> LoadAsync(string name, IReadOnlyList<string>? columns = null, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            using var connection = workspace.Open();
            var info = RequireDataset(connection, name);
            var chosen = columns is null ? info.Columns.ToList() : columns.Select(c => info.Columns.FirstOrDefault(x => x.Name == c)
                ?? throw new WorkspaceException($"Dataset '{info.Name}' has no column named '{Workbench.Ml.MessageText.Name(c)}'.")).ToList();
            return TabularLoader.Load(workspace, connection, info, chosen, progress, cancellationToken);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task ExportCsvAsync(string name, Stream output, FormulaCells formulas = FormulaCells.Escape, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        var info = RequireDataset(connection, name);
        var clock = Stopwatch.StartNew();
        await using var csv = CsvOutput.Create(output, formulas);
        foreach (var column in info.Columns) CsvOutput.WriteText(csv, column.Name);
        await csv.EndRecordAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var rowId = ColumnStorage.RowIdAlias(info.Columns.Select(c => c.Name));
        command.CommandText = $"SELECT {string.Join(", ", info.Columns.Select(c => SqlIdentifier.Quote(c.Name)))} " +
            $"FROM {SqlIdentifier.Quote(info.Name)} ORDER BY {rowId};";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < info.Columns.Count; i++)
                CsvOutput.WriteText(csv, ColumnStorage.Display(reader.GetValue(i), info.Columns[i].Type));
            await csv.EndRecordAsync(cancellationToken);
            if ((++rows & 4095) == 0) progress?.Report((double)rows / Math.Max(1, info.Rows));
        }
        await csv.FlushAsync(cancellationToken);
        progress?.Report(1);
        logger.LogInformation("Exported dataset {Name} as CSV: {Rows} rows in {Ms} ms", info.Name, rows, clock.ElapsedMilliseconds);
    }

    /// <summary>Creates an index on the sort column and compared columns of a large table the first time they are used.</summary>
    /// <summary>How long SQLite waits for the write lock to build an index before the page sorts without one (with
    /// Microsoft.Data.Sqlite's retry, about a second in all).</summary>
    public const int IndexLockWaitMs = 250;

    /// <summary>Builds the indexes the page needs; false when another writer held the lock, so the page runs without them.</summary>
    private bool EnsureIndexes(SqliteConnection connection, DatasetInfo info, PageQuery query)
    {
        if (info.Rows < IndexThresholdRows) return true;
        var indexed = true;
        var wanted = query.IndexableFilters.Prepend(query.Sort).OfType<ColumnInfo>().DistinctBy(c => c.Name);
        foreach (var column in wanted)
        {
            var ordinal = info.Columns.ToList().IndexOf(column);
            var index = $"wb_ix_{info.Id}_{ordinal}";
            if (DatasetCatalog.NameInUse(connection, index)) continue;
            var clock = Stopwatch.StartNew();
            // An import may hold the write lock for minutes: wait briefly, not the workspace's full busy timeout (SQLite's
            // busy handler and Microsoft.Data.Sqlite's own retry, which lasts the command timeout, in whole seconds).
            SqliteWorkspace.Execute(connection, $"PRAGMA busy_timeout = {IndexLockWaitMs};");
            try
            {
                using var create = connection.CreateCommand();
                create.CommandTimeout = 1;
                create.CommandText = $"CREATE INDEX IF NOT EXISTS {index} ON {SqlIdentifier.Quote(info.Name)} ({SqlIdentifier.Quote(column.Name)});";
                create.ExecuteNonQuery();
                logger.LogInformation("Indexed column {Column} of dataset {Name} for browsing in {Ms} ms", column.Name, info.Name, clock.ElapsedMilliseconds);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
            {
                logger.LogInformation("Another writer holds the workspace: column {Column} of dataset {Name} is browsed without an index this time",
                    column.Name, info.Name);
                indexed = false;
            }
            finally
            {
                SqliteWorkspace.Execute(connection, $"PRAGMA busy_timeout = {SqliteWorkspace.Defaults.BusyTimeoutMs};");
            }
        }
        return indexed;
    }

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle) SQLitePCL.raw.sqlite3_interrupt(handle);
    }
}
