namespace Workbench.Ml.Drift;

/// <summary>Runs the chosen test on one prepared column pair and builds its result.</summary>
internal static class ColumnComparison
{
    public static ColumnDrift Run(ColumnPair pair, DriftOptions options)
    {
        var (test, reason) = TestSelection.Choose(pair, options);
        var bins = BinnedCounts.Create(pair);
        var (statistic, pValue) = Statistic(test, pair, bins);
        double threshold = options.ThresholdFor(test);
        bool drifted = pValue is { } p ? p < threshold : statistic >= threshold;
        return new ColumnDrift(pair.Name, pair.Kind, test, reason, statistic, pValue, pValue, threshold, drifted,
            pair.ReferenceRows, pair.CurrentRows, pair.MissingReference, pair.MissingCurrent, bins.ToShares());
    }

    /// <summary>The statistic and p-value (null for distances) of one test on one column pair and its bins.</summary>
    internal static (double Statistic, double? PValue) Statistic(DriftTestKind test, ColumnPair pair, BinnedCounts bins)
    {
        switch (test)
        {
            case DriftTestKind.Ks:
                var (d, pKs) = KolmogorovSmirnovTest.Run(pair);
                return (d, pKs);
            case DriftTestKind.Wasserstein:
                return (WassersteinDistance.Normed(pair), null);
            case DriftTestKind.ChiSquare:
                var (chi2, pChi) = ContingencyTests.ChiSquare(bins.Reference, bins.Current);
                return (chi2, pChi);
            case DriftTestKind.Z:
                // Values are in ascending (ordinal) order, so the share tested is that of the last value: 1 for 0/1, true for booleans.
                var (z, pZ) = ContingencyTests.TwoProportionZ(pair.CountReference, pair.CountCurrent, pair.CountReference.Length - 1);
                return (z, pZ);
        }
        var p = BinnedCounts.Shares(bins.Reference);
        var q = BinnedCounts.Shares(bins.Current);
        return test switch
        {
            DriftTestKind.JensenShannon => (BinnedDistances.JensenShannon(p, q), null),
            DriftTestKind.Psi => (BinnedDistances.Psi(p, q), null),
            DriftTestKind.Kl => (BinnedDistances.Kl(p, q), null),
            DriftTestKind.Hellinger => (BinnedDistances.Hellinger(p, q), null),
            _ => (BinnedDistances.LInfinity(p, q), null),
        };
    }
}
