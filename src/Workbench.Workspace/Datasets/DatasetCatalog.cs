using System.Globalization;
using Microsoft.Data.Sqlite;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>The SQL of the dataset catalog (<c>wb_datasets</c>, <c>wb_columns</c>), on a caller's connection and transaction.</summary>
internal static class DatasetCatalog
{
    private const string SelectDatasets = "SELECT id, name, source, rows, fingerprint, created, version FROM wb_datasets";

    public static List<DatasetInfo> List(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Read(connection, transaction, SelectDatasets + " ORDER BY name COLLATE NOCASE;", null);

    public static DatasetInfo? Find(SqliteConnection connection, string name, SqliteTransaction? transaction = null) =>
        Read(connection, transaction, SelectDatasets + " WHERE name = $name COLLATE NOCASE;", name).FirstOrDefault();

    public static DatasetInfo Require(SqliteConnection connection, string name, SqliteTransaction? transaction = null) =>
        Find(connection, name, transaction) ?? throw new WorkspaceException(
            $"There is no dataset named '{Workbench.Ml.MessageText.Name(name)}'. Check the name in the dataset list (names ignore case).");

    /// <summary>True when any table, index or view already uses the name (ignoring case).</summary>
    public static bool NameInUse(SqliteConnection connection, string name, SqliteTransaction? transaction = null)
    {
        using var command = Command(connection, transaction,
            "SELECT COUNT(*) FROM sqlite_master WHERE name = $name COLLATE NOCASE;");
        command.Parameters.AddWithValue("$name", name);
        return (long)command.ExecuteScalar()! > 0;
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, string name, string source,
        IReadOnlyList<ColumnInfo> columns, long rows, string fingerprint, DateTimeOffset created)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO wb_datasets(name, source, rows, fingerprint, created, version)
            VALUES ($name, $source, $rows, $fingerprint, $created, 1) RETURNING id;
            """);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$rows", rows);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$created", created.ToString("o", CultureInfo.InvariantCulture));
        var id = (long)command.ExecuteScalar()!;
        using var insertColumn = Command(connection, transaction,
            "INSERT INTO wb_columns(dataset_id, ordinal, name, type, missing) VALUES ($id, $ordinal, $name, $type, $missing);");
        var pId = insertColumn.Parameters.Add("$id", SqliteType.Integer);
        var pOrdinal = insertColumn.Parameters.Add("$ordinal", SqliteType.Integer);
        var pName = insertColumn.Parameters.Add("$name", SqliteType.Text);
        var pType = insertColumn.Parameters.Add("$type", SqliteType.Text);
        var pMissing = insertColumn.Parameters.Add("$missing", SqliteType.Integer);
        for (var i = 0; i < columns.Count; i++)
        {
            pId.Value = id; pOrdinal.Value = i; pName.Value = columns[i].Name;
            pType.Value = columns[i].Type.ToName(); pMissing.Value = columns[i].Missing;
            insertColumn.ExecuteNonQuery();
        }
        return id;
    }

    public static void Rename(SqliteConnection connection, SqliteTransaction transaction, long id, string newName)
    {
        using var command = Command(connection, transaction, "UPDATE wb_datasets SET name = $name WHERE id = $id;");
        command.Parameters.AddWithValue("$name", newName);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        // Columns and cached profiles go with it (ON DELETE CASCADE); deleted explicitly too for clarity.
        using var command = Command(connection, transaction, """
            DELETE FROM wb_profiles WHERE dataset_id = $id;
            DELETE FROM wb_columns WHERE dataset_id = $id;
            DELETE FROM wb_datasets WHERE id = $id;
            """);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    private static List<DatasetInfo> Read(SqliteConnection connection, SqliteTransaction? transaction, string sql, string? name)
    {
        var found = new List<(long Id, string Name, string Source, long Rows, string Fingerprint, string Created, long Version)>();
        using (var command = Command(connection, transaction, sql))
        {
            if (name is not null) command.Parameters.AddWithValue("$name", name);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                    reader.GetString(4), reader.GetString(5), reader.GetInt64(6)));
        }
        var columns = ReadColumns(connection, transaction, name is null ? null : found.Select(f => f.Id).FirstOrDefault());
        return found.Select(f => new DatasetInfo(f.Id, f.Name, f.Source,
            columns.TryGetValue(f.Id, out var c) ? c : [], f.Rows, f.Fingerprint,
            DateTimeOffset.Parse(f.Created, CultureInfo.InvariantCulture), f.Version)).ToList();
    }

    private static Dictionary<long, List<ColumnInfo>> ReadColumns(SqliteConnection connection, SqliteTransaction? transaction, long? id)
    {
        var result = new Dictionary<long, List<ColumnInfo>>();
        using var command = Command(connection, transaction,
            "SELECT dataset_id, name, type, missing FROM wb_columns" +
            (id is null ? "" : " WHERE dataset_id = $id") + " ORDER BY dataset_id, ordinal;");
        if (id is not null) command.Parameters.AddWithValue("$id", id.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var datasetId = reader.GetInt64(0);
            if (!result.TryGetValue(datasetId, out var list)) result[datasetId] = list = [];
            list.Add(new ColumnInfo(reader.GetString(1), ColumnTypes.Parse(reader.GetString(2)) ?? ColumnType.Text, reader.GetInt64(3)));
        }
        return result;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
