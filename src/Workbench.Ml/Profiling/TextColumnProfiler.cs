using System.Runtime.InteropServices;
using Workbench.Ml.Data;
using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Profiles a Categorical or Text column from a count of its distinct values.</summary>
internal static class TextColumnProfiler
{
    /// <summary>Counts, most frequent values (ties: first appearance first), and a bar chart (Categorical) or a
    /// histogram of value lengths in characters (Text).</summary>
    public static ColumnAnalysis Profile(DataColumn column, ProfileOptions options, CancellationToken ct)
    {
        var strings = column.Strings!;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<long>();
        long present = 0;
        for (var row = 0; row < strings.Length; row++)
        {
            var s = strings[row];
            if (s is null) continue;
            if ((row & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            present++;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, s, out var exists);
            if (!exists) { slot = values.Count; values.Add(s); counts.Add(0); }
            counts[slot]++;
        }
        var rows = strings.Length;
        var frequent = ValueCounting.Top(counts, i => values[i], options.TopValues, rows);
        var categorical = column.Type == ColumnType.Categorical;
        var histogram = present == 0 ? null
            : categorical ? ValueCounting.Bars(frequent, present, options.TopValues) : LengthHistogram(values, counts, options);
        var byCount = counts.OrderByDescending(c => c).ToList();
        var profile = new ColumnProfile(column.Name, column.Type, present, values.Count, rows - present,
            rows == 0 ? 0 : (double)(rows - present) / rows, null, frequent, histogram);
        return new ColumnAnalysis(profile,
            categorical ? ValueCounting.Imbalance(byCount) : null,
            categorical && present > 0 ? ChiSquare.UniformPValue(byCount) : null, null);
    }

    /// <summary>Histogram of lengths in Unicode code points (Python's <c>len</c>), min(bins, distinct lengths) bins.</summary>
    private static Histogram LengthHistogram(List<string> values, List<long> counts, ProfileOptions options)
    {
        var lengthCounts = new SortedDictionary<int, long>();
        for (var i = 0; i < values.Count; i++)
        {
            var length = CodePoints(values[i]);
            lengthCounts[length] = lengthCounts.GetValueOrDefault(length) + counts[i];
        }
        var bins = Math.Min(options.HistogramBins, lengthCounts.Count);
        var lengths = lengthCounts.Keys.Select(l => (double)l).ToArray();
        var edges = NumpyHistogram.Compute(lengths, bins, lengths[0], lengths[^1]);
        // Each distinct length falls in one bin; weight it by how many values have it.
        var weighted = new long[bins];
        foreach (var (length, count) in lengthCounts)
            weighted[BinOf(edges.Edges, length)] += count;
        return new Histogram(edges.Edges, weighted);
    }

    private static int BinOf(IReadOnlyList<double> edges, double value)
    {
        var bin = 0;
        while (bin < edges.Count - 2 && value >= edges[bin + 1]) bin++;
        return bin;
    }

    private static int CodePoints(string s)
    {
        var n = s.Length;
        foreach (var c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }
}
