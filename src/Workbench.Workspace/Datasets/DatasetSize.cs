using Microsoft.Data.Sqlite;

namespace Workbench.Workspace.Datasets;

/// <summary>Bytes a dataset's table and indexes take in the workspace file.</summary>
/// <remarks>Exact through SQLite's <c>dbstat</c> table where the SQLite build has it. The bundled e_sqlite3 does not,
/// so otherwise the size is estimated from up to <see cref="SampleRows"/> evenly spaced rows: each value's size in
/// SQLite's record format (integers 0-8 bytes by magnitude, reals 8, text and blobs their byte length), a header byte
/// per column, about 8 bytes of cell overhead per row, and per index the indexed value plus the row id and overhead.</remarks>
internal static class DatasetSize
{
    /// <summary>Rows read for the estimate.</summary>
    public const int SampleRows = 2000;

    private const int CellOverheadBytes = 8;

    public static long Measure(SqliteConnection connection, DatasetInfo info)
    {
        var objects = TableAndIndexes(connection, info.Name);
        try { return objects.Sum(o => Dbstat(connection, o.Name)); }
        catch (SqliteException e) when (e.Message.Contains("dbstat", StringComparison.OrdinalIgnoreCase)) { return Estimate(connection, info, objects); }
    }

    private static long Dbstat(SqliteConnection connection, string name)
    {
        // Fast only with an equality on name: dbstat then walks just that b-tree.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = $name AND aggregate = TRUE;";
        command.Parameters.AddWithValue("$name", name);
        return (long)command.ExecuteScalar()!;
    }

    private static long Estimate(SqliteConnection connection, DatasetInfo info, List<(string Name, string? Column)> objects)
    {
        if (info.Rows == 0 || info.Columns.Count == 0) return 0;
        var rowId = ColumnStorage.RowIdAlias(info.Columns.Select(c => c.Name))!;
        var step = Math.Max(1, info.Rows / SampleRows);
        var sizes = string.Join(", ", info.Columns.Select(c => ValueBytes(SqlIdentifier.Quote(c.Name))));
        using var command = connection.CreateCommand();
        // Row ids of an imported table run 1..rows, so a stride of ids samples the whole table with index lookups.
        command.CommandText = $"""
            WITH RECURSIVE ids(id) AS (SELECT 1 UNION ALL SELECT id + $step FROM ids WHERE id + $step <= $rows)
            SELECT {sizes} FROM {SqlIdentifier.Quote(info.Name)} WHERE {rowId} IN ids;
            """;
        command.Parameters.AddWithValue("$step", step);
        command.Parameters.AddWithValue("$rows", info.Rows);
        var totals = new double[info.Columns.Count];
        long sampled = 0;
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                for (var i = 0; i < totals.Length; i++) totals[i] += reader.GetInt64(i);
                sampled++;
            }
        if (sampled == 0) return 0;
        var perRow = 1 + info.Columns.Count + CellOverheadBytes + totals.Sum() / sampled;
        var bytes = perRow * info.Rows;
        foreach (var (_, column) in objects.Where(o => o.Column is not null))
        {
            var ordinal = info.Columns.ToList().FindIndex(c => c.Name == column);
            if (ordinal >= 0) bytes += (3 + 4 + CellOverheadBytes / 2 + totals[ordinal] / sampled) * info.Rows;
        }
        return (long)bytes;
    }

    private static string ValueBytes(string column) => $"""
        CASE typeof({column}) WHEN 'null' THEN 0 WHEN 'real' THEN 8
        WHEN 'integer' THEN CASE WHEN {column} IN (0, 1) THEN 0 WHEN {column} BETWEEN -128 AND 127 THEN 1
            WHEN {column} BETWEEN -32768 AND 32767 THEN 2 WHEN {column} BETWEEN -8388608 AND 8388607 THEN 3
            WHEN {column} BETWEEN -2147483648 AND 2147483647 THEN 4 WHEN {column} BETWEEN -140737488355328 AND 140737488355327 THEN 6 ELSE 8 END
        ELSE LENGTH(CAST({column} AS BLOB)) END
        """;

    /// <summary>The table and its indexes, with the column each single-column index covers.</summary>
    private static List<(string Name, string? Column)> TableAndIndexes(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, (SELECT i.name FROM pragma_index_info(m.name) AS i WHERE m.type = 'index' LIMIT 1)
            FROM sqlite_master AS m WHERE m.tbl_name = $name COLLATE NOCASE AND m.type IN ('table', 'index');
            """;
        command.Parameters.AddWithValue("$name", table);
        using var reader = command.ExecuteReader();
        var objects = new List<(string, string?)>();
        while (reader.Read()) objects.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return objects;
    }
}
