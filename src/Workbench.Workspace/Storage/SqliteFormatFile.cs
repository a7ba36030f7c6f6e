using Microsoft.Data.Sqlite;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Storage;

/// <summary>SQLite: a new database file with one table (types as in the workspace), filled in one transaction and
/// read back with a full scan.</summary>
internal sealed class SqliteFormatFile : IFormatFile
{
    public string Name => "SQLite";

    public string Extension => ".db";

    public Task WriteAsync(TabularData data, string path, CancellationToken ct) => Task.Run(() =>
    {
        using var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE data (" + string.Join(", ", data.Columns.Select(c =>
            SqlIdentifier.Quote(c.Name) + " " + Datasets.ColumnStorage.SqlType(c.Type))) + ");";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO data VALUES (" + string.Join(", ", data.Columns.Select((_, i) => "$p" + i)) + ");";
        var parameters = data.Columns.Select((_, i) => command.Parameters.AddWithValue("$p" + i, DBNull.Value)).ToArray();
        for (var r = 0; r < data.RowCount; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            for (var c = 0; c < parameters.Length; c++) parameters[c].Value = Stored(data.Columns[c], r);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }, ct);

    public Task<long> ReadAsync(TabularData data, string path, CancellationToken ct) => Task.Run(() =>
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM data;";
        using var reader = command.ExecuteReader();
        var types = data.Columns.Select(c => c.Type).ToArray();
        long rows = 0;
        while (reader.Read())
        {
            if ((rows & 4095) == 0) ct.ThrowIfCancellationRequested();
            for (var c = 0; c < types.Length; c++)
            {
                if (reader.IsDBNull(c)) continue;
                _ = types[c] is ColumnType.Integer or ColumnType.Boolean ? reader.GetInt64(c)
                    : types[c] == ColumnType.Real ? reader.GetDouble(c) : (object)reader.GetString(c);
            }
            rows++;
        }
        return rows;
    }, ct);

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object Stored(DataColumn column, int row)
    {
        if (column.Strings is { } strings) return (object?)strings[row] ?? DBNull.Value;
        var v = column.Numbers![row];
        if (double.IsNaN(v)) return DBNull.Value;
        return column.Type switch
        {
            ColumnType.Integer => (long)v,
            ColumnType.Boolean => v != 0 ? 1L : 0L,
            ColumnType.Date => DateValues.Format(v),
            _ => v,
        };
    }
}
