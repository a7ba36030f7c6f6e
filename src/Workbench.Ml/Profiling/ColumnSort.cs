namespace Workbench.Ml.Profiling;

/// <summary>Sorts the present values of a numeric column together with their row indexes.</summary>
/// <remarks>Whole numbers within a small range (Boolean, counts, ratings, ages) are sorted by counting, in linear
/// time; other columns use an introsort. Missing values (NaN) are left out.</remarks>
internal static class ColumnSort
{
    private const double CountingRange = 1 << 16;

    /// <summary>The present values ascending, and the row of each.</summary>
    public static (double[] Sorted, int[] Order) Sort(double[] values)
    {
        int present = 0;
        bool whole = true;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            present++;
            if (v < min) min = v;
            if (v > max) max = v;
            if (whole && v != Math.Floor(v)) whole = false;
        }
        if (present > 0 && whole && !double.IsInfinity(min) && !double.IsInfinity(max) && max - min < CountingRange)
            return ByCounting(values, present, min, (int)(max - min) + 1);
        var sorted = new double[present];
        var order = new int[present];
        for (int i = 0, j = 0; i < values.Length; i++)
            if (!double.IsNaN(values[i])) { sorted[j] = values[i]; order[j++] = i; }
        Array.Sort(sorted, order);
        return (sorted, order);
    }

    private static (double[], int[]) ByCounting(double[] values, int present, double min, int range)
    {
        var start = new int[range + 1];
        foreach (var v in values)
            if (!double.IsNaN(v)) start[(int)(v - min) + 1]++;
        for (var k = 1; k <= range; k++) start[k] += start[k - 1];
        var sorted = new double[present];
        var order = new int[present];
        for (var row = 0; row < values.Length; row++)
        {
            var v = values[row];
            if (double.IsNaN(v)) continue;
            var at = start[(int)(v - min)]++;
            // min + offset restores the value; -0.0 becomes 0.0, which compares equal anyway.
            sorted[at] = min + (int)(v - min);
            order[at] = row;
        }
        return (sorted, order);
    }
}
