namespace Workbench.Ml.Drift;

/// <summary>Numbers each distinct value in the order first seen, for columns with few values: open addressing on the
/// value's bits (−0 and +0 are one value, as <c>==</c> has it), several times faster than a dictionary of doubles.</summary>
internal sealed class DistinctValueIndex
{
    private const int TableBits = 10;
    private readonly ulong[] _bits = new ulong[1 << TableBits];
    private readonly int[] _slot = new int[1 << TableBits];
    private readonly double[] _values;

    /// <summary>An index for up to <paramref name="capacity"/> distinct values (at most 256).</summary>
    public DistinctValueIndex(int capacity)
    {
        if (capacity > 1 << (TableBits - 2)) throw new ArgumentOutOfRangeException(nameof(capacity));
        _values = new double[capacity + 1];
        Array.Fill(_slot, -1);
    }

    /// <summary>Distinct values seen so far.</summary>
    public int Count { get; private set; }

    /// <summary>The first-seen value of each number, in the order numbered.</summary>
    public ReadOnlySpan<double> Values => _values.AsSpan(0, Count);

    /// <summary>The number of <paramref name="value"/> (not NaN), numbering it when new; returns the capacity when the
    /// index is full and the value is new.</summary>
    public int IndexOf(double value)
    {
        ulong bits = value == 0 ? 0UL : (ulong)BitConverter.DoubleToInt64Bits(value);
        int mask = _slot.Length - 1, h = (int)((bits * 0x9E37_79B9_7F4A_7C15UL) >> (64 - TableBits));
        while (_slot[h] >= 0)
        {
            if (_bits[h] == bits) return _slot[h];
            h = (h + 1) & mask;
        }
        if (Count == _values.Length - 1) return Count;
        (_bits[h], _slot[h], _values[Count]) = (bits, Count, value);
        return Count++;
    }
}
