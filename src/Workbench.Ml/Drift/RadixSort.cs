using System.Buffers;

namespace Workbench.Ml.Drift;

/// <summary>Drops missing values and sorts the rest in linear time (LSD radix sort on order-preserving 64-bit keys).</summary>
/// <remarks>Sorting dominates drift on large columns; six 11-bit passes (fewer when a digit is the same for every value)
/// are several times faster than a comparison sort on a million doubles.</remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    /// <summary>The non-NaN values of <paramref name="values"/>, sorted ascending; <paramref name="firstInfinite"/> is the
    /// index of the first infinite value, or -1.</summary>
    public static double[] SortedWithoutNaN(double[] values, out int firstInfinite)
    {
        firstInfinite = -1;
        int n = values.Length;
        if (n < SmallSample) return SmallSorted(values, out firstInfinite);
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var spare = ArrayPool<ulong>.Shared.Rent(n);
        var histogram = new int[Passes * Buckets];
        try
        {
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                double v = values[i];
                if (double.IsNaN(v)) continue;
                if (firstInfinite < 0 && double.IsInfinity(v)) firstInfinite = i;
                ulong key = ToKey(v);
                keys[count++] = key;
                for (int d = 0; d < Passes; d++) histogram[d * Buckets + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
            var source = keys;
            var target = spare;
            for (int d = 0; d < Passes; d++)
            {
                if (Scatter(source, target, count, histogram.AsSpan(d * Buckets, Buckets), d * DigitBits))
                    (source, target) = (target, source);
            }
            var sorted = new double[count];
            for (int i = 0; i < count; i++) sorted[i] = FromKey(source[i]);
            return sorted;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(spare);
        }
    }

    private const int SmallSample = 4096;

    private static double[] SmallSorted(double[] values, out int firstInfinite)
    {
        firstInfinite = -1;
        var kept = new List<double>(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i])) continue;
            if (firstInfinite < 0 && double.IsInfinity(values[i])) firstInfinite = i;
            kept.Add(values[i]);
        }
        var sorted = kept.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

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
