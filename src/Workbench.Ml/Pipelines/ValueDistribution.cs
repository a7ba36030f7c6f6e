using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A column's distribution for a before/after chart: equal-width bins over a numeric range, or counts of
/// values (categories, and numbers with few distinct values), plus the missing count.</summary>
/// <param name="Edges">Bin edges (bins + 1) for a histogram; null when <paramref name="Labels"/> are categories.</param>
/// <param name="Labels">The category of each count; empty for a histogram.</param>
/// <param name="Counts">Rows per bin or category (missing values not included).</param>
public sealed record ValueDistribution(string Column, IReadOnlyList<double>? Edges, IReadOnlyList<string> Labels,
    IReadOnlyList<long> Counts, long Missing, long Rows)
{
    /// <summary>Defaults of the charts.</summary>
    public static class Defaults
    {
        /// <summary>Histogram bins.</summary>
        public const int Bins = 30;

        /// <summary>Numbers with at most this many distinct values are counted per value, like categories.</summary>
        public const int MaxDistinctAsCategories = 12;

        /// <summary>The most categories shown; the rest are counted together as "other".</summary>
        public const int TopCategories = 20;
    }

    /// <summary>True when the counts are over histogram bins.</summary>
    public bool IsHistogram => Edges is not null;

    /// <summary>The distribution of <paramref name="column"/>.</summary>
    public static ValueDistribution Of(DataColumn column)
    {
        if (column.Numbers is not { } numbers) return Categories(column.Name, column.Strings!, column.Length);
        var present = numbers.Where(double.IsFinite).ToArray();
        var distinct = present.Distinct().Order().ToList();
        if (distinct.Count <= Defaults.MaxDistinctAsCategories)
        {
            var labels = distinct.Select(v => column.Type == ColumnType.Date ? DateValues.Format(v) : v.ToString("G6", CultureInfo.InvariantCulture));
            var counts = distinct.Select(v => (long)present.Count(x => x == v)).ToList();
            return new(column.Name, null, labels.ToList(), counts, column.Length - present.Length, column.Length);
        }
        return Histogram(column.Name, numbers, distinct[0], distinct[^1], Defaults.Bins);
    }

    /// <summary>The distributions before and after a step; both use the same bins when they are histograms and the
    /// after values lie within the before range (imputation, clipping), so they can be overlaid on one axis.</summary>
    public static (ValueDistribution Before, ValueDistribution After, bool SharedAxis) Pair(DataColumn before, DataColumn after)
    {
        var b = Of(before);
        var a = Of(after);
        if (b.Edges is not { } edges || a.Edges is null) return (b, a, false);
        var values = after.Numbers!.Where(double.IsFinite).ToArray();
        if (values.Min() < edges[0] || values.Max() > edges[^1]) return (b, a, false);
        return (b, Histogram(after.Name, after.Numbers!, edges[0], edges[^1], edges.Count - 1), true);
    }

    private static ValueDistribution Histogram(string name, double[] values, double min, double max, int bins)
    {
        if (min == max) (min, max, bins) = (min - 0.5, max + 0.5, 1);
        var width = (max - min) / bins;
        var counts = new long[bins];
        long missing = 0;
        foreach (var x in values)
        {
            if (!double.IsFinite(x)) { missing++; continue; }
            counts[Math.Clamp((int)((x - min) / width), 0, bins - 1)]++;
        }
        var edges = Enumerable.Range(0, bins + 1).Select(i => i == bins ? max : min + i * width).ToList();
        return new(name, edges, [], counts, missing, values.Length);
    }

    private static ValueDistribution Categories(string name, string?[] values, int rows)
    {
        var groups = values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Count: (long)g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList();
        var top = groups.Take(Defaults.TopCategories).ToList();
        if (groups.Count > Defaults.TopCategories)
            top.Add(($"other ({groups.Count - Defaults.TopCategories} values)", groups.Skip(Defaults.TopCategories).Sum(g => g.Count)));
        return new(name, null, top.Select(g => g.Label).ToList(), top.Select(g => g.Count).ToList(),
            values.LongCount(v => v is null), rows);
    }
}
