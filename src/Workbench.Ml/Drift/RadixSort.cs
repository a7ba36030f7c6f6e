using System.Buffers;

namespace Workbench.Ml.Drift;

/// <summary>Sorts doubles in linear time (LSD radix sort on order-preserving 64-bit keys).</summary>
/// <remarks>Sorting dominates drift on large columns; six 11-bit passes (fewer when a digit is the same for every value)
/// are several times faster than a comparison sort on a million doubles.</remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    /// <summary>Sorts finite or infinite (not NaN) values ascending, in place.</summary>
    public static void Sort(double[] values)
    {
        int count = values.Length;
        if (count < SmallSample)
        {
            Array.Sort(values);
            return;
        }
        var keys = ArrayPool<ulong>.Shared.Rent(count);
        var spare = ArrayPool<ulong>.Shared.Rent(count);
        var histogram = new int[Passes * Buckets];
        try
        {
            for (int i = 0; i < count; i++)
            {
                ulong key = ToKey(values[i]);
                keys[i] = key;
                for (int d = 0; d < Passes; d++) histogram[d * Buckets + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
            var source = keys;
            var target = spare;
            for (int d = 0; d < Passes; d++)
            {
                if (Scatter(source, target, count, histogram.AsSpan(d * Buckets, Buckets), d * DigitBits))
                    (source, target) = (target, source);
            }
            for (int i = 0; i < count; i++) values[i] = FromKey(source[i]);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(spare);
        }
    }

    private const int SmallSample = 4096;

    // One stable counting pass on a digit; returns false (nothing moved) when every key has the same digit.
    private static bool Scatter(ulong[] source, ulong[] target, int count, Span<int> histogram, int shift)
    {
        if (count == 0 || histogram[(int)((source[0] >> shift) & (Buckets - 1))] == count) return false;
        int offset = 0;
        for (int b = 0; b < Buckets; b++)
        {
            int c = histogram[b];
            histogram[b] = offset;
            offset += c;
        }
        for (int i = 0; i < count; i++)
        {
            ulong key = source[i];
            target[histogram[(int)((key >> shift) & (Buckets - 1))]++] = key;
        }
        return true;
    }

    // Flip the sign bit of positives and every bit of negatives, so unsigned order is numeric order.
    private static ulong ToKey(double v)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(v);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromKey(ulong key) =>
        BitConverter.Int64BitsToDouble((long)((key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key));
}
