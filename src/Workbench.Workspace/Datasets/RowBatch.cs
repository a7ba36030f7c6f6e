using System.Runtime.CompilerServices;
using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>A block of converted rows in typed arrays (no boxing; text as UTF-8 bytes ready to bind), handed from the
/// reading thread to the writing one.</summary>
internal sealed class RowBatch
{
    /// <summary>Most rows per batch.</summary>
    public const int MaxRows = 2048;

    /// <summary>Most cells per batch, so a file with thousands of columns still uses about 2 MB per batch.</summary>
    public const int MaxCells = 1 << 16;

    private const int DateBytes = 32;
    private byte[] _text = new byte[1 << 16];
    private int _textUsed;

    public RowBatch(int columns)
    {
        Columns = columns;
        Capacity = Math.Clamp(MaxCells / Math.Max(1, columns), 1, MaxRows);
        Kinds = new StoredKind[Capacity * columns];
        Integers = new long[Capacity * columns];
        Reals = new double[Capacity * columns];
        TextStarts = new int[Capacity * columns];
        TextLengths = new int[Capacity * columns];
    }

    public int Columns { get; }

    /// <summary>Rows this batch holds when full.</summary>
    public int Capacity { get; }

    /// <summary>Rows filled so far.</summary>
    public int Count { get; private set; }

    /// <summary>The kind of each cell, at <c>row * Columns + column</c>.</summary>
    public StoredKind[] Kinds { get; }

    public long[] Integers { get; }

    public double[] Reals { get; }

    /// <summary>Where a text cell's UTF-8 bytes start in the batch's text buffer.</summary>
    public int[] TextStarts { get; }

    public int[] TextLengths { get; }

    /// <summary>The UTF-8 bytes of the text cell <paramref name="cell"/>.</summary>
    public ReadOnlySpan<byte> Text(int cell) => _text.AsSpan(TextStarts[cell], TextLengths[cell]);

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        _textUsed = 0;
    }

    /// <summary>Converts one row of raw text to the column types into the next slot.</summary>
    /// <exception cref="DataImportException">A value does not fit its column's type.</exception>
    public void Add(string?[] values, ColumnSchema[] schema, long line)
    {
        var offset = Count * Columns;
        for (var c = 0; c < schema.Length; c++)
        {
            if (values[c] is not { } raw) Kinds[offset + c] = StoredKind.Null;
            else Convert(offset + c, schema[c], raw, default, line);
        }
        Count++;
    }

    /// <summary>Converts the current row of a UTF-8 source into the next slot, without a string per value; the result
    /// is the same as <see cref="Add(string?[], ColumnSchema[], long)"/> of the row's strings.</summary>
    /// <exception cref="DataImportException">A value does not fit its column's type.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(Utf8Row row, ColumnSchema[] schema, long line)
    {
        var offset = Count * Columns;
        Span<char> buffer = stackalloc char[128];
        for (var c = 0; c < schema.Length; c++)
        {
            if (row.IsMissing(c)) { Kinds[offset + c] = StoredKind.Null; continue; }
            var utf8 = row[c];
            Convert(offset + c, schema[c], Utf8Text.Decode(utf8, buffer), utf8, line);
        }
        Count++;
    }

    /// <summary>Stores a present value, given as text and, for a UTF-8 source, as its bytes (empty otherwise).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Convert(int cell, ColumnSchema column, ReadOnlySpan<char> raw, ReadOnlySpan<byte> utf8, long line)
    {
        var ok = column.Type switch
        {
            ColumnType.Integer => ConvertInteger(raw, cell),
            ColumnType.Real or ColumnType.Boolean => ConvertNumber(raw, column.Type, cell),
            ColumnType.Date => ConvertDate(raw, cell),
            _ => ConvertText(raw, utf8, cell),
        };
        if (!ok)
            throw new DataImportException($"Line {line}, column '{column.Name}': '{raw}' is not a valid " +
                $"{ColumnStorage.Describe(column.Type)}. Choose Text or Categorical for this column, or fix the value.", line);
    }

    private bool ConvertInteger(ReadOnlySpan<char> raw, int cell)
    {
        if (!ValueConverter.TryToInteger(raw, out var value, out var missing)) return false;
        Kinds[cell] = missing ? StoredKind.Null : StoredKind.Integer;
        Integers[cell] = value;
        return true;
    }

    private bool ConvertNumber(ReadOnlySpan<char> raw, ColumnType type, int cell)
    {
        if (!ValueConverter.TryToNumber(raw, type, out var number)) return false;
        if (double.IsNaN(number)) Kinds[cell] = StoredKind.Null;
        else if (type == ColumnType.Boolean) { Kinds[cell] = StoredKind.Integer; Integers[cell] = number != 0 ? 1 : 0; }
        else { Kinds[cell] = StoredKind.Real; Reals[cell] = number; }
        return true;
    }

    private bool ConvertDate(ReadOnlySpan<char> raw, int cell)
    {
        if (!ValueConverter.TryToDate(raw, out var date, out var missing)) return false;
        if (missing) { Kinds[cell] = StoredKind.Null; return true; }
        var length = ValueConverter.FormatDateUtf8(date, Reserve(DateBytes));
        StoreText(cell, length);
        return true;
    }

    private bool ConvertText(ReadOnlySpan<char> raw, ReadOnlySpan<byte> utf8, int cell)
    {
        if (MissingSpellings.IsMissing(raw)) { Kinds[cell] = StoredKind.Null; return true; }
        int length;
        if (utf8.IsEmpty && !raw.IsEmpty) length = Encoding.UTF8.GetBytes(raw, Reserve(Encoding.UTF8.GetMaxByteCount(raw.Length)));
        else { utf8.CopyTo(Reserve(utf8.Length)); length = utf8.Length; }
        StoreText(cell, length);
        return true;
    }

    /// <summary>Room for <paramref name="bytes"/> bytes at the end of the text buffer.</summary>
    private Span<byte> Reserve(int bytes)
    {
        if (_textUsed + bytes > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textUsed + bytes));
        return _text.AsSpan(_textUsed, bytes);
    }

    private void StoreText(int cell, int length)
    {
        Kinds[cell] = StoredKind.Text;
        TextStarts[cell] = _textUsed;
        TextLengths[cell] = length;
        _textUsed += length;
    }
}

/// <summary>How a converted cell is stored.</summary>
internal enum StoredKind : byte
{
    Null,
    Integer,
    Real,
    Text,
}
