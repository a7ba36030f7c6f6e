namespace Workbench.Ml.Drift;

/// <summary>Adjusted p-values for many tests at once, as statsmodels' <c>multipletests</c> defines them.</summary>
internal static class MultipleTesting
{
    /// <summary>The adjusted p-values, in the order given.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues, DriftCorrection correction) => correction switch
    {
        DriftCorrection.Bonferroni => Bonferroni(pValues),
        DriftCorrection.BenjaminiHochberg => BenjaminiHochberg(pValues),
        _ => pValues.ToArray(),
    };

    /// <summary>min(p · k, 1) (statsmodels 'bonferroni').</summary>
    public static double[] Bonferroni(IReadOnlyList<double> pValues)
    {
        var adjusted = new double[pValues.Count];
        for (int i = 0; i < adjusted.Length; i++) adjusted[i] = Math.Min(pValues[i] * pValues.Count, 1.0);
        return adjusted;
    }

    /// <summary>Benjamini–Hochberg step-up (statsmodels 'fdr_bh'): sorted p_(i) · k / i, made monotone from the largest
    /// down with a running minimum, capped at 1, returned in the original order.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        int k = pValues.Count;
        var order = Enumerable.Range(0, k).ToArray();
        var sorted = pValues.ToArray();
        Array.Sort(sorted, order);
        var adjusted = new double[k];
        double running = double.PositiveInfinity;
        for (int i = k - 1; i >= 0; i--)
        {
            double ecdfFactor = (i + 1) / (double)k;
            running = Math.Min(running, sorted[i] / ecdfFactor);
            adjusted[order[i]] = Math.Min(running, 1.0);
        }
        return adjusted;
    }
}
