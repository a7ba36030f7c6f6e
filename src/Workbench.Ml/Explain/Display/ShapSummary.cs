namespace Workbench.Ml.Explain.Display;

/// <summary>Global views of a matrix of SHAP values (rows × players).</summary>
public static class ShapSummary
{
    /// <summary>Mean |SHAP value| of each player over the rows (the bar chart, and the order of the beeswarm).</summary>
    public static double[] MeanAbsolute(IReadOnlyList<double[]> values, int players)
    {
        var sums = new double[players];
        foreach (var row in values)
            for (var j = 0; j < players; j++) sums[j] += Math.Abs(row[j]);
        return values.Count == 0 ? sums : sums.Select(s => s / values.Count).ToArray();
    }

    /// <summary>Player indices by decreasing mean |SHAP value| (ties by index).</summary>
    public static int[] Ranking(IReadOnlyList<double[]> values, int players)
    {
        var mean = MeanAbsolute(values, players);
        return Enumerable.Range(0, players).OrderByDescending(j => mean[j]).ThenBy(j => j).ToArray();
    }

    /// <summary>Feature values scaled to [0, 1] for colouring, as shap's beeswarm: clipped to the 5th and 95th
    /// percentiles of the column; NaN (missing or text) stays NaN and is drawn grey.</summary>
    public static double[] ColourScale(IReadOnlyList<double> column)
    {
        var present = column.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (present.Length == 0) return column.Select(_ => double.NaN).ToArray();
        var low = Statistics.NumpyQuantile.Linear(present, 0.05);
        var high = Statistics.NumpyQuantile.Linear(present, 0.95);
        if (high <= low) (low, high) = (present[0], present[^1]);
        return column.Select(v => double.IsNaN(v) ? double.NaN : high <= low ? 0.5 : Math.Clamp((v - low) / (high - low), 0, 1)).ToArray();
    }
}
