using Microsoft.Data.Sqlite;
using SQLitePCL;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Loads a dataset's table into the columnar arrays of a <see cref="TabularData"/>: large tables in row ranges
/// read in parallel on separate connections (WAL lets readers share the file), numbers straight into
/// <c>double[]</c>, and repeated text as one shared string per distinct value.</summary>
internal static class TabularLoader
{
    /// <summary>Defaults for loading.</summary>
    public static class Defaults
    {
        /// <summary>Tables with fewer rows are read on one connection.</summary>
        public const int ParallelMinRows = 100_000;

        /// <summary>Row ranges read at the same time, at most.</summary>
        public const int MaxParts = 4;
    }

    /// <summary>Reads <paramref name="columns"/> of dataset <paramref name="info"/> in row order.</summary>
    /// <exception cref="WorkspaceException">The table changed while it was read.</exception>
    public static TabularData Load(SqliteWorkspace workspace, SqliteConnection connection, DatasetInfo info,
        IReadOnlyList<ColumnInfo> columns, IProgress<double>? progress, CancellationToken ct)
    {
        var rows = checked((int)info.Rows);
        var numbers = columns.Select(c => c.Type.IsNumeric() ? new double[rows] : null).ToArray();
        var strings = columns.Select(c => c.Type.IsNumeric() ? null : new string?[rows]).ToArray();
        var rowId = ColumnStorage.RowIdAlias(info.Columns.Select(c => c.Name));
        var parts = rowId is null || rows < Defaults.ParallelMinRows ? 1 : Math.Clamp(Environment.ProcessorCount, 1, Defaults.MaxParts);
        var starts = Enumerable.Range(0, parts + 1).Select(p => (int)((long)rows * p / parts)).ToArray();
        var bounds = starts.Select((start, p) => p is 0 || p == parts ? (long?)null : RowIdAt(connection, info.Name, rowId!, start)).ToArray();
        var done = 0L;
        var target = new TableColumns(columns, numbers, strings);
        try
        {
            Parallel.For(0, parts, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = parts }, p =>
                ReadPart(workspace, connection, info, rowId, new RowRange(starts[p], starts[p + 1], bounds[p], bounds[p + 1]),
                    parts, target, () =>
                    {
                        ct.ThrowIfCancellationRequested();
                        progress?.Report((double)Interlocked.Add(ref done, TableColumnsReader.ReportEvery) / Math.Max(1, rows));
                    }));
        }
        catch (AggregateException e)
        {
            // A part's own error (the table changed, SQLite failed, cancelled) is the one to report.
            var inner = e.Flatten().InnerExceptions;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner.FirstOrDefault(x => x is not OperationCanceledException) ?? inner[0]);
        }
        progress?.Report(1);
        return new TabularData(info.Name, columns.Select((c, i) => numbers[i] is { } n
            ? DataColumn.Numeric(c.Name, c.Type, n)
            : DataColumn.Text(c.Name, c.Type, strings[i]!)).ToList());
    }

    private static void ReadPart(SqliteWorkspace workspace, SqliteConnection connection, DatasetInfo info, string? rowId,
        RowRange range, int parts, TableColumns target, Action checkpoint)
    {
        using var own = parts == 1 ? null : workspace.Open();
        var read = ReadRange(own ?? connection, info.Name, rowId, range, target, checkpoint);
        if (read != range.Count)
            throw new WorkspaceException($"Dataset '{info.Name}' changed while it was loaded ({read} rows where {range.Count} " +
                "were expected). Load it again.");
    }

    /// <summary>The row id of the row at position <paramref name="index"/> in row id order.</summary>
    private static long RowIdAt(SqliteConnection connection, string table, string rowId, int index)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {rowId} FROM {SqlIdentifier.Quote(table)} ORDER BY {rowId} LIMIT 1 OFFSET $offset;";
        command.Parameters.AddWithValue("$offset", index);
        return (long)command.ExecuteScalar()!;
    }

    private static int ReadRange(SqliteConnection connection, string table, string? rowId, RowRange range,
        TableColumns target, Action checkpoint)
    {
        var where = (range.FromRowId, range.ToRowId) switch
        {
            (null, null) => "",
            (null, { } to) => $" WHERE {rowId} < {to}",
            ({ } from, null) => $" WHERE {rowId} >= {from}",
            ({ } from, { } to) => $" WHERE {rowId} >= {from} AND {rowId} < {to}",
        };
        var sql = $"SELECT {string.Join(", ", target.Columns.Select(c => SqlIdentifier.Quote(c.Name)).DefaultIfEmpty("1"))} " +
            $"FROM {SqlIdentifier.Quote(table)}{where}{(rowId is null ? "" : $" ORDER BY {rowId}")};";
        var db = connection.Handle!;
        if (raw.sqlite3_prepare_v2(db, sql, out var statement) != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), raw.sqlite3_errcode(db));
        using (statement)
            return new TableColumnsReader(statement, target).ReadInto(range.Start, range.Count, checkpoint);
    }

    private readonly record struct RowRange(int Start, int End, long? FromRowId, long? ToRowId)
    {
        public int Count => End - Start;
    }
}

/// <summary>The columns being loaded and their target arrays (one of the two is set per column).</summary>
internal sealed record TableColumns(IReadOnlyList<ColumnInfo> Columns, double[]?[] Numbers, string?[]?[] Strings);
