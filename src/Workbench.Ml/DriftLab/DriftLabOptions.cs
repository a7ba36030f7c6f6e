using Workbench.Ml.Drift;

namespace Workbench.Ml.DriftLab;

/// <summary>Settings of a drift-laboratory run: what drift to inject, how large, at which sample sizes, how often.</summary>
/// <remarks>Reference and current samples have the same size n. Tests with a p-value flag drift when p &lt; α; distances
/// use their default thresholds from <see cref="DriftOptions.Defaults"/>, so their false-alarm rate is whatever that
/// threshold gives at n.</remarks>
public sealed record DriftLabOptions
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Sample sizes (reference and current each).</summary>
        public static readonly IReadOnlyList<int> SampleSizes = [50, 100, 200, 500, 1000, 2000, 5000];
        /// <summary>Repetitions per sample size and hypothesis.</summary>
        public const int Repetitions = 200;
        /// <summary>Significance level of the tests with a p-value.</summary>
        public const double Alpha = 0.05;
        /// <summary>Synthetic columns tested together (the first one drifts).</summary>
        public const int Columns = 1;
        /// <summary>Seed.</summary>
        public const long Seed = 7;
        /// <summary>Largest sample size, repetitions and columns accepted.</summary>
        public const int MaxSampleSize = 100_000, MaxRepetitions = 10_000, MaxColumns = 50;
    }

    /// <summary>The kind of drift injected into the current sample under H1.</summary>
    public DriftInjectionKind Kind { get; init; } = DriftInjectionKind.MeanShift;
    /// <summary>The drift's size, in the kind's unit (see <see cref="DriftInjections.Unit"/>).</summary>
    public double Size { get; init; } = DriftInjectionKind.MeanShift.DefaultSize();
    /// <summary>Sample sizes n (each of reference and current).</summary>
    public IReadOnlyList<int> SampleSizes { get; init; } = Defaults.SampleSizes;
    /// <summary>Repetitions per sample size and hypothesis.</summary>
    public int Repetitions { get; init; } = Defaults.Repetitions;
    /// <summary>Significance level α of the tests with a p-value (and of the corrections).</summary>
    public double Alpha { get; init; } = Defaults.Alpha;
    /// <summary>Synthetic kinds: independent columns tested together, of which only the first drifts (1–50). The loan
    /// simulator always tests its 13 columns.</summary>
    public int Columns { get; init; } = Defaults.Columns;
    /// <summary>Seed: the same seed and settings give identical results.</summary>
    public long Seed { get; init; } = Defaults.Seed;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting and how to fix it.</summary>
    public void Validate()
    {
        if (Kind.CheckSize(Size) is { } sizeProblem) throw new ArgumentException(sizeProblem);
        if (SampleSizes is null || SampleSizes.Count == 0) throw new ArgumentException("Give at least one sample size, e.g. 50, 100, 500.");
        if (SampleSizes.FirstOrDefault(n => n is < 2 or > Defaults.MaxSampleSize) is var bad and not 0)
            throw new ArgumentException($"Sample size {bad} is outside 2 to {Defaults.MaxSampleSize:N0}; use sizes in that range.");
        if (SampleSizes.Distinct().Count() != SampleSizes.Count) throw new ArgumentException("A sample size is listed twice; list each size once.");
        if (Repetitions is < 10 or > Defaults.MaxRepetitions) throw new ArgumentException($"Repetitions is {Repetitions}; use 10 to {Defaults.MaxRepetitions:N0}.");
        if (!(Alpha is > 0 and < 1)) throw new ArgumentException($"α is {Alpha}; use a level between 0 and 1, e.g. 0.05.");
        if (Columns is < 1 or > Defaults.MaxColumns) throw new ArgumentException($"Columns is {Columns}; use 1 to {Defaults.MaxColumns}.");
    }
}
