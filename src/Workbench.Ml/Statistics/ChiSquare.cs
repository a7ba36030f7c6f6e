using MathNet.Numerics;

namespace Workbench.Ml.Statistics;

/// <summary>Chi-square tests as SciPy computes them (<c>scipy.stats.chisquare</c>, <c>chi2_contingency</c>).</summary>
internal static class ChiSquare
{
    /// <summary>The p-value of the goodness-of-fit test of <paramref name="counts"/> against equal expected counts;
    /// NaN for fewer than two categories; 0 when all counts are 0 (ydata's <c>chi_square</c>).</summary>
    public static double UniformPValue(IReadOnlyList<long> counts)
    {
        if (counts.Count == 0) return 0;
        var observed = counts.Select(c => (double)c).ToArray();
        var total = NumpySum.Sum<ValueTerm>(observed, 0);
        if (total == 0) return 0;
        if (counts.Count < 2) return double.NaN;
        var expected = total / counts.Count;
        var terms = observed.Select(o => (o - expected) * (o - expected) / expected).ToArray();
        var statistic = NumpySum.Sum<ValueTerm>(terms, 0);
        return UpperTail(statistic, counts.Count - 1);
    }

    /// <summary>The chi-square statistic of a contingency table (observed counts, no empty row or column), with Yates'
    /// continuity correction when <paramref name="correction"/> and the table has one degree of freedom; 0 when the
    /// table has no degree of freedom (one row or one column), as SciPy returns.</summary>
    public static double ContingencyStatistic(long[,] observed, bool correction)
    {
        int r = observed.GetLength(0), k = observed.GetLength(1);
        if ((r - 1) * (k - 1) == 0) return 0;
        var rowSums = new double[r];
        var colSums = new double[k];
        double n = 0;
        for (var i = 0; i < r; i++)
            for (var j = 0; j < k; j++) { rowSums[i] += observed[i, j]; colSums[j] += observed[i, j]; n += observed[i, j]; }
        var yates = correction && (r - 1) * (k - 1) == 1;
        var terms = new double[r * k];
        for (var i = 0; i < r; i++)
            for (var j = 0; j < k; j++)
            {
                var e = rowSums[i] * colSums[j] / n;
                double o = observed[i, j];
                if (yates) o += Math.Min(0.5, Math.Abs(e - o)) * Math.Sign(e - o);
                terms[i * k + j] = (o - e) * (o - e) / e;
            }
        return NumpySum.Sum<ValueTerm>(terms, 0);
    }

    /// <summary>P(X ≥ <paramref name="statistic"/>) for a chi-square distribution with <paramref name="dof"/> degrees of freedom.</summary>
    public static double UpperTail(double statistic, int dof) =>
        SpecialFunctions.GammaUpperRegularized(dof / 2.0, statistic / 2.0);
}
