using System.Numerics;
using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>Pearson and Spearman matrices over numeric columns with pandas' <c>DataFrame.corr</c> semantics: each
/// pair uses the rows where both values are present; NaN where a column is constant over those rows.</summary>
internal static class PairwiseCorrelation
{
    /// <summary>The Pearson matrix.</summary>
    public static CorrelationMatrix Pearson(IReadOnlyList<DataColumn> columns, CancellationToken ct) =>
        Matrix("pearson", columns, columns.Select(c => c.Numbers!).ToList(), ct);

    /// <summary>The Spearman matrix: Pearson over average ranks (ties share the mean of their ranks).</summary>
    /// <param name="orders">Per column, row indexes of its non-missing values in ascending value order.</param>
    public static CorrelationMatrix Spearman(IReadOnlyList<DataColumn> columns, IReadOnlyList<int[]> orders, CancellationToken ct)
    {
        var ranks = columns.Select((c, i) => Ranks.Average(c.Numbers!, orders[i], null)).ToList();
        return Matrix("spearman", columns, ranks, ct, (x, y) => PairRanks(columns[x].Numbers!, columns[y].Numbers!, orders[x], orders[y]));
    }

    private static CorrelationMatrix Matrix(string method, IReadOnlyList<DataColumn> columns, IReadOnlyList<double[]> data,
        CancellationToken ct, Func<int, int, (double[], double[])>? reRank = null)
    {
        var k = columns.Count;
        var values = new double[k][];
        for (var i = 0; i < k; i++) { values[i] = new double[k]; values[i][i] = double.NaN; }
        var complete = data.Select(d => !d.Any(double.IsNaN)).ToArray();
        var pairs = Enumerable.Range(0, k).SelectMany(x => Enumerable.Range(x, k - x).Select(y => (x, y))).ToList();
        Parallel.ForEach(pairs, new ParallelOptions { CancellationToken = ct }, p =>
        {
            double r;
            if (complete[p.x] && complete[p.y]) r = Correlation(data[p.x], data[p.y]);
            else if (reRank is null) r = MaskedCorrelation(data[p.x], data[p.y]);
            else { var (rx, ry) = reRank(p.x, p.y); r = Correlation(rx, ry); }
            values[p.x][p.y] = values[p.y][p.x] = r;
        });
        return new CorrelationMatrix(method, columns.Select(c => c.Name).ToList(), values);
    }

    /// <summary>Ranks of x and y among the rows where both are present, in the row order of those rows.</summary>
    private static (double[], double[]) PairRanks(double[] x, double[] y, int[] orderX, int[] orderY)
    {
        bool Both(int row) => !double.IsNaN(x[row]) && !double.IsNaN(y[row]);
        var rx = Ranks.Average(x, orderX, Both);
        var ry = Ranks.Average(y, orderY, Both);
        var n = 0;
        for (var i = 0; i < x.Length; i++) if (Both(i)) n++;
        double[] cx = new double[n], cy = new double[n];
        for (int i = 0, j = 0; i < x.Length; i++)
            if (Both(i)) { cx[j] = rx[i]; cy[j++] = ry[i]; }
        return (cx, cy);
    }

    /// <summary>Pearson r of two arrays without missing values (two-pass: means, then centred sums).</summary>
    private static double Correlation(double[] x, double[] y)
    {
        var n = x.Length;
        if (n == 0) return double.NaN;
        double mx = Sum(x) / n, my = Sum(y) / n;
        var (sxy, sxx, syy) = CentredSums(x, y, mx, my);
        var divisor = Math.Sqrt(sxx * syy);
        return divisor != 0 ? sxy / divisor : double.NaN;
    }

    private static double MaskedCorrelation(double[] x, double[] y)
    {
        double sx = 0, sy = 0;
        long n = 0;
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i])) { sx += x[i]; sy += y[i]; n++; }
        if (n == 0) return double.NaN;
        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        var divisor = Math.Sqrt(sxx * syy);
        return divisor != 0 ? sxy / divisor : double.NaN;
    }

    private static double Sum(double[] x) => System.Numerics.Tensors.TensorPrimitives.Sum<double>(x);

    private static (double, double, double) CentredSums(double[] x, double[] y, double mx, double my)
    {
        var w = Vector<double>.Count;
        Vector<double> vxy = default, vxx = default, vyy = default, vmx = new(mx), vmy = new(my);
        var i = 0;
        for (; i <= x.Length - w; i += w)
        {
            var dx = new Vector<double>(x, i) - vmx;
            var dy = new Vector<double>(y, i) - vmy;
            vxy += dx * dy; vxx += dx * dx; vyy += dy * dy;
        }
        double sxy = Vector.Sum(vxy), sxx = Vector.Sum(vxx), syy = Vector.Sum(vyy);
        for (; i < x.Length; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        return (sxy, sxx, syy);
    }
}
