using System.Globalization;

namespace Workbench.Ml.Drift;

/// <summary>What a drift comparison runs: the test (or the automatic choice), thresholds, correction and dataset rule.</summary>
/// <remarks>Defaults: automatic test choice, p &lt; 0.05 for tests with a p-value, 0.1 for
/// distances (0.03 for L-infinity), dataset drift when at least half the columns drift, no correction.</remarks>
public sealed record DriftOptions
{
    /// <summary>The test to run on every column, or null for the automatic choice.</summary>
    public DriftTestKind? Test { get; init; }

    /// <summary>Thresholds that replace the defaults for some tests; tests not listed keep <see cref="Defaults.Threshold"/>.</summary>
    public IReadOnlyDictionary<DriftTestKind, double>? Thresholds { get; init; }

    /// <summary>The dataset drifts when the share of drifted columns is at least this.</summary>
    public double DatasetDriftShare { get; init; } = Defaults.DatasetDriftShare;

    /// <summary>Multiple-testing correction applied to the p-values of the compared columns.</summary>
    public DriftCorrection Correction { get; init; } = DriftCorrection.None;

    /// <summary>The threshold used for a test: the override if given, else the default.</summary>
    public double ThresholdFor(DriftTestKind kind) =>
        Thresholds is not null && Thresholds.TryGetValue(kind, out var t) ? t : Defaults.Threshold(kind);

    /// <summary>Default thresholds and shares.</summary>
    public static class Defaults
    {
        /// <summary>Significance level of the tests with a p-value (ks, chisquare, z).</summary>
        public const double PValue = 0.05;

        /// <summary>Threshold of the distances (wasserstein, jensenshannon, psi, kl, hellinger).</summary>
        public const double Distance = 0.1;

        /// <summary>Threshold of the L-infinity distance, as TFDV uses it.</summary>
        public const double LInfinity = 0.03;

        /// <summary>Share of drifted columns at which the dataset drifts.</summary>
        public const double DatasetDriftShare = 0.5;

        /// <summary>The default threshold of a test.</summary>
        public static double Threshold(DriftTestKind kind) => kind switch
        {
            _ when kind.HasPValue() => PValue,
            DriftTestKind.Linf => LInfinity,
            _ => Distance,
        };
    }

    internal void Validate()
    {
        if (!(DatasetDriftShare is > 0 and <= 1))
            throw new DriftException($"The dataset drift share must be in (0, 1], got {DatasetDriftShare.ToString(CultureInfo.InvariantCulture)}; use for example 0.5.");
        foreach (var (kind, t) in Thresholds ?? new Dictionary<DriftTestKind, double>())
        {
            if (double.IsNaN(t) || t < 0 || (kind.HasPValue() && t > 1))
                throw new DriftException($"The threshold of {kind.ToName()} must be {(kind.HasPValue() ? "a significance level in [0, 1]" : "a non-negative number")}, got {t.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
