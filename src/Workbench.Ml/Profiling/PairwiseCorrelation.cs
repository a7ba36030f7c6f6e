using System.Numerics;
using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>Pearson and Spearman matrices over numeric columns with pandas' <c>DataFrame.corr</c> semantics: each
/// pair uses the rows where both values are present; NaN where a column is constant over those rows.</summary>
internal static class PairwiseCorrelation
{
    /// <summary>The Pearson matrix.</summary>
    public static CorrelationMatrix Pearson(IReadOnlyList<DataColumn> columns, CancellationToken ct)
    {
        var data = columns.Select(c => c.Numbers!).ToList();
        var complete = data.Select(d => !d.Any(double.IsNaN)).ToArray();
        var means = data.Select((d, i) => complete[i] && d.Length > 0 ? Sum(d) / d.Length : double.NaN).ToArray();
        return Matrix("pearson", columns, ct, (x, y) =>
            complete[x] && complete[y] ? Correlation(data[x], data[y], means[x], means[y]) : MaskedCorrelation(data[x], data[y]));
    }

    /// <summary>The Spearman matrix: Pearson over average ranks (ties share the mean of their ranks).</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="ranked">Per column, its ranks (<see cref="RankedColumn.Create"/>).</param>
    /// <param name="ct">Cancels the computation.</param>
    public static CorrelationMatrix Spearman(IReadOnlyList<DataColumn> columns, IReadOnlyList<RankedColumn> ranked, CancellationToken ct) =>
        Matrix("spearman", columns, ct, (x, y) => SpearmanPair.Compute(ranked[x], ranked[y]));

    private static CorrelationMatrix Matrix(string method, IReadOnlyList<DataColumn> columns, CancellationToken ct,
        Func<int, int, double> pair)
    {
        var k = columns.Count;
        var values = new double[k][];
        for (var i = 0; i < k; i++) values[i] = new double[k];
        var pairs = Enumerable.Range(0, k).SelectMany(x => Enumerable.Range(x, k - x).Select(y => (x, y))).ToList();
        Parallel.ForEach(pairs, new ParallelOptions { CancellationToken = ct }, p => values[p.x][p.y] = values[p.y][p.x] = pair(p.x, p.y));
        return new CorrelationMatrix(method, columns.Select(c => c.Name).ToList(), values);
    }

    /// <summary>Pearson r of two arrays without missing values (two-pass: means, then centred sums).</summary>
    private static double Correlation(double[] x, double[] y, double mx, double my)
    {
        if (x.Length == 0) return double.NaN;
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

    /// <summary>Σ(x−mx)(y−my), Σ(x−mx)² and Σ(y−my)² over arrays without missing values, with vector arithmetic.</summary>
    internal static (double Sxy, double Sxx, double Syy) CentredSums(double[] x, double[] y, double mx, double my)
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
