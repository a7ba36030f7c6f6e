using System.Buffers;

namespace Workbench.Ml.Drift;

/// <summary>Sorts doubles in linear time on order-preserving 64-bit keys: one scatter into equal-width value buckets of a
/// few values each, then each bucket sorted in cache; LSD radix sort when the range cannot be bucketed.</summary>
/// <remarks>Sorting dominates drift on large columns. The bucket of x, ⌊(x − min)·scale⌋, never decreases as x grows, so
/// sorted buckets in order are the sorted column, with the same bits in the same places as the radix sort (−0 before +0).
/// A bucket that collects many values (a spike or a long tail) is sorted by introsort, so the worst case is n·log n.</remarks>
internal static class RadixSort
{
    private const int ValuesPerBucket = 8;
    private const int InsertionSortSize = 32;

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
        if (!SortByBuckets(values)) SortByDigits(values);
    }

    // False (nothing done) when the range is empty or too wide to scale.
    private static bool SortByBuckets(double[] values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        int count = values.Length, buckets = Math.Max(1, count / ValuesPerBucket), last = buckets - 1;
        double scale = buckets / (max - min);
        if (!(max > min) || !double.IsFinite(scale) || scale <= 0) return false;
        var start = new int[buckets + 1];
        foreach (var v in values) start[(int)Math.Min((v - min) * scale, last) + 1]++;
        for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
        var keys = ArrayPool<ulong>.Shared.Rent(count);
        var next = ArrayPool<int>.Shared.Rent(buckets);
        try
        {
            Array.Copy(start, next, buckets);
            foreach (var v in values) keys[next[(int)Math.Min((v - min) * scale, last)]++] = ToKey(v);
            for (int b = 0; b < buckets; b++)
            {
                var bucket = keys.AsSpan(start[b], start[b + 1] - start[b]);
                if (bucket.Length <= InsertionSortSize) InsertionSort(bucket);
                else bucket.Sort();
            }
            for (int i = 0; i < count; i++) values[i] = FromKey(keys[i]);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(next);
        }
        return true;
    }

    private static void InsertionSort(Span<ulong> keys)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            ulong key = keys[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }

    // LSD radix sort: six 11-bit passes, fewer when a digit is the same for every value.
    private static void SortByDigits(double[] values)
    {
        int count = values.Length;
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
