using Workbench.Ml.Data;
using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Cramér's V with Bergsma's bias correction, as ydata-profiling's <c>_cramers_corrected_stat</c> computes it.</summary>
/// <remarks>The table is <c>pd.crosstab</c> of the rows where both values are present; chi-square comes from
/// <c>scipy.stats.chi2_contingency(correction=True)</c>, so Yates' correction applies to 2 × 2 tables only and a table
/// with one row or one column has chi-square 0 (which ydata's formula then turns into V = 1 when n &gt; 1).
/// The diagonal is 1 and a pair without common rows is NaN, as in ydata.</remarks>
internal static class CramersV
{
    /// <summary>The matrix over the given Categorical or Boolean columns.</summary>
    public static CorrelationMatrix Matrix(IReadOnlyList<DataColumn> columns, CancellationToken ct)
    {
        var codes = columns.Select(Codes).ToList();
        var k = columns.Count;
        var values = new double[k][];
        for (var i = 0; i < k; i++) { values[i] = new double[k]; values[i][i] = 1.0; }
        for (var x = 0; x < k; x++)
            for (var y = x + 1; y < k; y++)
            {
                ct.ThrowIfCancellationRequested();
                values[x][y] = values[y][x] = Statistic(codes[x], codes[y]);
            }
        return new CorrelationMatrix("cramers_v", columns.Select(c => c.Name).ToList(), values);
    }

    /// <summary>Bias-corrected V of two coded columns (-1 = missing); NaN when they share no row.</summary>
    internal static double Statistic((int[] Codes, int Levels) a, (int[] Codes, int Levels) b)
    {
        var table = new long[a.Levels, b.Levels];
        for (var i = 0; i < a.Codes.Length; i++)
            if (a.Codes[i] >= 0 && b.Codes[i] >= 0) table[a.Codes[i], b.Codes[i]]++;
        var crosstab = DropEmpty(table);
        if (crosstab.Length == 0) return double.NaN;
        return Corrected(ChiSquare.ContingencyStatistic(crosstab, correction: true), crosstab);
    }

    /// <summary>ydata's formula, with Python's max/min (which keep the first argument when a comparison is false,
    /// so a NaN second argument is ignored) and numpy's NaN for 0/0.</summary>
    internal static double Corrected(double chi2, long[,] crosstab)
    {
        double r = crosstab.GetLength(0), k = crosstab.GetLength(1), n = 0;
        foreach (var c in crosstab) n += c;
        var phi2 = chi2 / n;
        var phi2Corr = PyMax(0.0, phi2 - (k - 1.0) * (r - 1.0) / (n - 1.0));
        var rCorr = r - (r - 1.0) * (r - 1.0) / (n - 1.0);
        var kCorr = k - (k - 1.0) * (k - 1.0) / (n - 1.0);
        var rkCorr = PyMin(kCorr - 1.0, rCorr - 1.0);
        return rkCorr == 0.0 ? 1.0 : Math.Sqrt(phi2Corr / rkCorr);
    }

    private static double PyMax(double a, double b) => b > a ? b : a;

    private static double PyMin(double a, double b) => b < a ? b : a;

    private static long[,] DropEmpty(long[,] table)
    {
        var rows = Enumerable.Range(0, table.GetLength(0)).Where(i => Enumerable.Range(0, table.GetLength(1)).Any(j => table[i, j] > 0)).ToList();
        var cols = Enumerable.Range(0, table.GetLength(1)).Where(j => rows.Any(i => table[i, j] > 0)).ToList();
        var result = new long[rows.Count, cols.Count];
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < cols.Count; j++) result[i, j] = table[rows[i], cols[j]];
        return result;
    }

    /// <summary>Codes of a column's values in order of first appearance, -1 for missing.</summary>
    internal static (int[] Codes, int Levels) Codes(DataColumn column)
    {
        var codes = new int[column.Length];
        if (column.Numbers is { } numbers)
        {
            var levels = new Dictionary<double, int>();
            for (var i = 0; i < numbers.Length; i++)
                codes[i] = double.IsNaN(numbers[i]) ? -1 : Level(levels, numbers[i] == 0 ? 0.0 : numbers[i]);
            return (codes, levels.Count);
        }
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
            codes[i] = column.Strings![i] is { } s ? Level(names, s) : -1;
        return (codes, names.Count);
    }

    private static int Level<T>(Dictionary<T, int> levels, T value) where T : notnull
    {
        if (!levels.TryGetValue(value, out var code)) levels[value] = code = levels.Count;
        return code;
    }
}
