using Workbench.Ml.Data;
using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Most frequent values and ydata's imbalance score from value counts.</summary>
internal static class ValueCounting
{
    /// <summary>The <paramref name="top"/> most frequent values, by count descending and then by position in
    /// <paramref name="counts"/> (numbers come ascending, text in order of first appearance); share is count / all rows.</summary>
    /// <param name="counts">Count of each distinct value.</param>
    /// <param name="label">The display text of the value at a position (called only for the values kept).</param>
    public static List<ValueCount> Top(IReadOnlyList<long> counts, Func<int, string> label, int top, long rows)
    {
        var kept = new List<int>(top + 1);
        for (var i = 0; i < counts.Count && top > 0; i++)
        {
            if (kept.Count == top && counts[i] <= counts[kept[^1]]) continue;
            var at = kept.Count;
            while (at > 0 && counts[kept[at - 1]] < counts[i]) at--;
            kept.Insert(at, i);
            if (kept.Count > top) kept.RemoveAt(top);
        }
        return kept.Select(i => new ValueCount(label(i), counts[i], rows == 0 ? 0 : (double)counts[i] / rows)).ToList();
    }

    /// <summary>1 − H(p) / log2(k) with H in bits (ydata's <c>column_imbalance_score</c>); 0 for fewer than two classes.</summary>
    public static double Imbalance(IEnumerable<long> counts)
    {
        var sorted = counts.OrderByDescending(c => c).Select(c => (double)c).ToArray();
        if (sorted.Length <= 1) return 0;
        var total = NumpySum.Sum<ValueTerm>(sorted, 0);
        var entr = sorted.Select(c => { var p = c / total; return p > 0 ? -p * Math.Log(p) : 0; }).ToArray();
        var bits = NumpySum.Sum<ValueTerm>(entr, 0) / Math.Log(2);
        return 1 - bits / Math.Log2(sorted.Length);
    }

    /// <summary>A numeric value formatted as <see cref="DataColumn.Format"/> formats it for the column type.</summary>
    public static string Format(ColumnType type, double value) =>
        DataColumn.Numeric("v", type, [value]).Format(0) ?? "";

    /// <summary>A bar chart of the <paramref name="top"/> most frequent values, with an "(other)" bar for the rest.</summary>
    public static Histogram Bars(IReadOnlyList<ValueCount> frequent, long present, int top)
    {
        var shown = frequent.Take(top).ToList();
        var labels = shown.Select(v => v.Value).ToList();
        var counts = shown.Select(v => v.Count).ToList();
        var rest = present - counts.Sum();
        if (rest > 0) { labels.Add("(other)"); counts.Add(rest); }
        return new Histogram([], counts, labels);
    }
}
