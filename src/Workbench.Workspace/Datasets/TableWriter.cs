using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Creates a dataset's table and inserts rows through one prepared statement with reused buffers, counting
/// missing values and feeding the fingerprint. Runs inside the caller's open transaction.</summary>
internal sealed class TableWriter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly ColumnSchema[] _schema;
    private readonly ContentFingerprint _fingerprint;
    private readonly long[] _missing;
    private byte[] _utf8 = new byte[4096];

    private TableWriter(sqlite3 db, sqlite3_stmt insert, ColumnSchema[] schema)
    {
        _db = db;
        _insert = insert;
        _schema = schema;
        _fingerprint = new ContentFingerprint(schema);
        _missing = new long[schema.Length];
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Creates the table <paramref name="table"/> and prepares the insert.</summary>
    public static TableWriter Create(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<ColumnSchema> schema)
    {
        var maxColumns = raw.sqlite3_limit(connection.Handle!, raw.SQLITE_LIMIT_COLUMN, -1);
        if (schema.Count > maxColumns)
            throw new WorkspaceException($"The data has {schema.Count} columns, but a workspace table holds at most {maxColumns}. " +
                "Remove the columns you do not need and import again.");
        var quotedColumns = schema.Select(c => SqlIdentifier.Quote(c.Name)).ToList();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"CREATE TABLE {SqlIdentifier.Quote(table)} (" +
                string.Join(", ", schema.Select((c, i) => quotedColumns[i] + " " + ColumnStorage.SqlType(c.Type))) + ");";
            create.ExecuteNonQuery();
        }
        var sql = $"INSERT INTO {SqlIdentifier.Quote(table)} ({string.Join(", ", quotedColumns)}) VALUES (" +
            string.Join(", ", Enumerable.Range(1, schema.Count).Select(i => "?" + i)) + ");";
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return new TableWriter(db, statement, schema.ToArray());
    }

    /// <summary>Inserts every row of a converted batch.</summary>
    public void WriteRows(RowBatch batch)
    {
        for (var r = 0; r < batch.Count; r++) WriteRow(batch, r);
    }

    /// <summary>Inserts row <paramref name="row"/> of a converted batch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteRow(RowBatch batch, int row)
    {
        var offset = row * batch.Columns;
        for (var i = 0; i < _schema.Length; i++)
        {
            var cell = offset + i;
            switch (batch.Kinds[cell])
            {
                case StoredKind.Integer: BindInteger(i, batch.Integers[cell]); break;
                case StoredKind.Real: BindReal(i, batch.Reals[cell]); break;
                case StoredKind.Text: BindUtf8(i, batch.Text(cell)); break;
                default: BindNull(i); break;
            }
        }
        Step();
    }

    /// <summary>Inserts one row of storage values (null, long, double or string).</summary>
    public void WriteStored(object?[] values)
    {
        for (var i = 0; i < _schema.Length; i++) Bind(i, values[i]);
        Step();
    }

    /// <summary>The columns with their missing counts, and the content fingerprint.</summary>
    public (List<ColumnInfo> Columns, string Fingerprint) Finish() =>
        (_schema.Select((c, i) => new ColumnInfo(c.Name, c.Type, _missing[i])).ToList(), _fingerprint.Finish());

    public void Dispose()
    {
        _insert.Dispose();
        _fingerprint.Dispose();
    }

    private void Bind(int i, object? value)
    {
        switch (value)
        {
            case null: BindNull(i); break;
            case long l: BindInteger(i, l); break;
            case double d when double.IsNaN(d): BindNull(i); break;
            case double d: BindReal(i, d); break;
            case string s: BindText(i, s); break;
            default:
                throw new InvalidOperationException($"Unexpected storage value of type {value.GetType().Name} for column '{_schema[i].Name}'.");
        }
    }

    private void BindNull(int i)
    {
        _missing[i]++;
        _fingerprint.AddNull();
        Check(_db, raw.sqlite3_bind_null(_insert, i + 1));
    }

    private void BindInteger(int i, long value)
    {
        _fingerprint.AddInteger(value);
        Check(_db, raw.sqlite3_bind_int64(_insert, i + 1, value));
    }

    private void BindReal(int i, double value)
    {
        _fingerprint.AddReal(value);
        Check(_db, raw.sqlite3_bind_double(_insert, i + 1, value));
    }

    private void BindText(int i, string value) => BindUtf8(i, Utf8(value));

    private void BindUtf8(int i, ReadOnlySpan<byte> bytes)
    {
        _fingerprint.AddUtf8(bytes);
        // An empty span has no address, which SQLite would store as NULL: bind "" explicitly. SQLite copies the
        // text (SQLITE_TRANSIENT), so the buffer can be reused at once.
        Check(_db, bytes.Length == 0 ? raw.sqlite3_bind_text(_insert, i + 1, "") : raw.sqlite3_bind_text(_insert, i + 1, bytes));
    }

    private ReadOnlySpan<byte> Utf8(string s)
    {
        var max = Encoding.UTF8.GetMaxByteCount(s.Length);
        if (max > _utf8.Length) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        return _utf8.AsSpan(0, Encoding.UTF8.GetBytes(s, _utf8));
    }

    private void Step()
    {
        var rc = raw.sqlite3_step(_insert);
        raw.sqlite3_reset(_insert);
        if (rc != raw.SQLITE_DONE) Check(_db, rc);
        Rows++;
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
