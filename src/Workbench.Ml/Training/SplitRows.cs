using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>Shared pieces of the splitters: checks, seeded shuffles, the stratum, order and group of each row.</summary>
internal static class SplitRows
{
    public static void RequireLabel(TabularData data, string label)
    {
        if (data.Columns.All(c => c.Name != label))
            throw new TrainingException($"The label column '{label}' is not in '{data.Name}'. Its columns are: {string.Join(", ", data.Columns.Select(c => c.Name))}.");
    }

    /// <summary>The rows shuffled by a Fisher–Yates shuffle with <see cref="Random"/>(seed).</summary>
    public static int[] Shuffled(IEnumerable<int> rows, Random random)
    {
        var a = rows.ToArray();
        for (var i = a.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a;
    }

    /// <summary>Each row's value of the column as text (missing values form their own class "(missing)").</summary>
    public static string[] Keys(TabularData data, string column, string purpose)
    {
        var c = data.Columns.FirstOrDefault(x => x.Name == column) ?? throw new TrainingException(
            $"The {purpose} column '{column}' is not in '{data.Name}'. Its columns are: {string.Join(", ", data.Columns.Select(x => x.Name))}.");
        return Enumerable.Range(0, c.Length).Select(r => c.Format(r) ?? "(missing)").ToArray();
    }

    /// <summary>Classes of the stratification column in ordinal order with their rows; at least two classes.</summary>
    public static List<int[]> Strata(TabularData data, string column)
    {
        var keys = Keys(data, column, "stratification");
        var strata = Enumerable.Range(0, keys.Length).GroupBy(r => keys[r], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToList();
        if (strata.Count < 2)
            throw new TrainingException($"Column '{column}' has only one class ('{keys.FirstOrDefault()}'); a stratified split needs at least two. Use a random split or another label.");
        return strata;
    }

    /// <summary>Rows ordered by a numeric (or date) column, ties by row number.</summary>
    public static int[] TimeOrder(TabularData data, string? column)
    {
        if (column is null) throw new TrainingException("A time-ordered split needs the ordering column (a date or number). Choose it in the split options.");
        var c = data.Columns.FirstOrDefault(x => x.Name == column) ?? throw new TrainingException($"The time column '{column}' is not in '{data.Name}'.");
        var values = c.Numbers ?? throw new TrainingException($"The time column '{column}' is {c.Type.ToName()}; choose a date or numeric column.");
        var missing = Array.FindIndex(values, double.IsNaN);
        if (missing >= 0) throw new TrainingException($"The time column '{column}' is missing at row {missing + 1}; every row needs a time to be ordered.");
        return Enumerable.Range(0, values.Length).OrderBy(r => values[r]).ThenBy(r => r).ToArray();
    }

    /// <summary>Groups of the group column in ordinal order with their rows.</summary>
    public static List<int[]> Groups(TabularData data, string? column, int needed)
    {
        if (column is null) throw new TrainingException("A group split needs the group column. Choose it in the split options.");
        var keys = Keys(data, column, "group");
        var groups = Enumerable.Range(0, keys.Length).GroupBy(r => keys[r], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToList();
        if (groups.Count < needed)
            throw new TrainingException($"Column '{column}' has {groups.Count} groups, but this split needs at least {needed}. Use fewer folds or another group column.");
        return groups;
    }

    /// <summary>Sizes that sum to <paramref name="total"/>, proportional to <paramref name="sizes"/>: floor shares, then
    /// one more for the largest remainders (earlier entries first on ties).</summary>
    public static int[] Apportion(IReadOnlyList<int> sizes, int total)
    {
        var n = sizes.Sum();
        var exact = sizes.Select(s => (double)s * total / n).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, sizes.Count).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).ToList();
        for (int left = total - result.Sum(), k = 0; left > 0; k++)
        {
            var i = order[k % order.Count];
            if (result[i] < sizes[i]) { result[i]++; left--; }
        }
        return result;
    }

    public static int[] Sorted(IEnumerable<int> rows) => rows.Order().ToArray();
}
