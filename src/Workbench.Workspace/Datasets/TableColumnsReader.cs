using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Steps a prepared SELECT over a dataset's columns and stores each value in its column array: numbers as
/// doubles without a string in between, dates from their ISO text, and text through a pool so that a repeated value
/// (a category) is one string shared by every row that holds it.</summary>
internal sealed class TableColumnsReader(sqlite3_stmt statement, TableColumns target)
{
    /// <summary>Rows between cancellation checks and progress reports.</summary>
    public const int ReportEvery = 4096;

    /// <summary>Distinct strings pooled per column; beyond that, new values get their own string.</summary>
    private const int PoolCap = 1 << 16;

    private readonly HashSet<string>?[] _pools = target.Strings.Select(s => s is null ? null : new HashSet<string>(StringComparer.Ordinal)).ToArray();

    /// <summary>Reads every row of the statement into positions from <paramref name="start"/>, at most
    /// <paramref name="count"/> of them; returns the number of rows the statement gave.</summary>
    public int ReadInto(int start, int count, Action checkpoint) => Step(start, count, checkpoint);

    private int Step(int start, int count, Action checkpoint)
    {
        var read = 0;
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (read < count) ReadRow(start + read);
            if (++read % ReportEvery == 0) checkpoint();
        }
        if (rc != raw.SQLITE_DONE)
        {
            var db = raw.sqlite3_db_handle(statement);
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
        return read;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRow(int row)
    {
        var columns = target.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var type = raw.sqlite3_column_type(statement, i);
            if (target.Strings[i] is { } strings)
            {
                strings[row] = type == raw.SQLITE_NULL ? null : Pooled(i, Bytes(i));
                continue;
            }
            target.Numbers[i]![row] = type == raw.SQLITE_NULL ? double.NaN
                : columns[i].Type == ColumnType.Date ? DateDays(Bytes(i))
                : raw.sqlite3_column_double(statement, i);
        }
    }

    /// <summary>The value of column <paramref name="i"/> as bytes (text as UTF-8), valid until the next step.</summary>
    private ReadOnlySpan<byte> Bytes(int i) => raw.sqlite3_column_blob(statement, i);

    /// <summary>The string of UTF-8 <paramref name="utf8"/>, shared with earlier equal values of the column.</summary>
    private string Pooled(int column, ReadOnlySpan<byte> utf8)
    {
        var pool = _pools[column]!;
        if (utf8.Length > 256) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[256];
        Utf8.ToUtf16(utf8, chars, out _, out var written);
        var text = chars[..written];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shared)) return shared;
        var value = new string(text);
        if (pool.Count < PoolCap) pool.Add(value);
        return value;
    }

    /// <summary>Days since 1970 of a stored date: its ISO text (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, as imports store it)
    /// read with the import's own date syntax, any other text through <see cref="DateTime.Parse(string, IFormatProvider)"/>.</summary>
    internal static double DateDays(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[32];
        if (utf8.Length is 10 or 19 && ValueConverter.TryToDate(Utf8Text.Decode(utf8, buffer), out var date, out var missing) && !missing)
            return DateValues.ToDays(date);
        return DateValues.ToDays(DateTime.Parse(Encoding.UTF8.GetString(utf8), CultureInfo.InvariantCulture));
    }
}
