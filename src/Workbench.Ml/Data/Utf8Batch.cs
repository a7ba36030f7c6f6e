using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>A block of rows copied out of an <see cref="IUtf8RowSource"/> as UTF-8 bytes, so the rows can be worked on
/// by other threads after the reader has moved on. A missing cell is marked, not copied.</summary>
internal sealed class Utf8Batch
{
    private const int Missing = -1;
    private byte[] _bytes = new byte[1 << 16];
    private int _used;

    public Utf8Batch(int columns, int capacity)
    {
        Columns = columns;
        Capacity = capacity;
        _starts = new int[capacity * columns];
        _lengths = new int[capacity * columns];
    }

    private readonly int[] _starts;
    private readonly int[] _lengths;

    public int Columns { get; }

    /// <summary>Rows this batch holds when full.</summary>
    public int Capacity { get; }

    /// <summary>Rows filled so far.</summary>
    public int Count { get; private set; }

    /// <summary>Copies the current row of the source into the next slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(Utf8Row row)
    {
        var offset = Count * Columns;
        for (var c = 0; c < Columns; c++)
        {
            var value = row[c];
            if (MissingSpellings.IsMissingUtf8(value)) { _lengths[offset + c] = Missing; continue; }
            if (_used + value.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + value.Length));
            value.CopyTo(_bytes.AsSpan(_used));
            _starts[offset + c] = _used;
            _lengths[offset + c] = value.Length;
            _used += value.Length;
        }
        Count++;
    }

    /// <summary>Adds every row's value of column <paramref name="column"/> to <paramref name="accumulator"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddColumnTo(int column, ColumnAccumulator accumulator)
    {
        Span<char> buffer = stackalloc char[128];
        for (var cell = column; cell < Count * Columns; cell += Columns)
        {
            var length = _lengths[cell];
            if (length == Missing) accumulator.AddMissing();
            else accumulator.AddPresentDeferred(Utf8Text.Decode(_bytes.AsSpan(_starts[cell], length), buffer), cell);
        }
        accumulator.FlushPending(cell => System.Text.Encoding.UTF8.GetString(_bytes, _starts[cell], _lengths[cell]));
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }
}
