namespace Workbench.Ml.Scenarios;

/// <summary>Settings of the loan-default simulator: size, seed, period, base rate and the drifts and faults to inject.</summary>
/// <remarks>Rows are spread evenly over <see cref="Days"/> days from <see cref="StartDate"/>, in date order.
/// Drift and fault dates are calendar days inside that period.</remarks>
public sealed record LoanScenarioOptions
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Default number of rows.</summary>
        public const int Rows = 100_000;
        /// <summary>Default seed.</summary>
        public const long Seed = 42;
        /// <summary>Default first day.</summary>
        public static readonly DateOnly StartDate = new(2024, 1, 1);
        /// <summary>Default number of days covered.</summary>
        public const int Days = 366;
        /// <summary>Default expected default rate.</summary>
        public const double BaseRate = 0.10;
        /// <summary>Default share of the sensitive group "B".</summary>
        public const double GroupShare = 0.30;
        /// <summary>Largest number of rows accepted.</summary>
        public const int MaxRows = 50_000_000;
        /// <summary>Smallest and largest base rates accepted.</summary>
        public const double MinRate = 0.001, MaxRate = 0.5;
    }

    /// <summary>Number of rows to generate.</summary>
    public int Rows { get; init; } = Defaults.Rows;
    /// <summary>Seed: the same seed and settings give an identical table.</summary>
    public long Seed { get; init; } = Defaults.Seed;
    /// <summary>First day of the period.</summary>
    public DateOnly StartDate { get; init; } = Defaults.StartDate;
    /// <summary>Number of days covered (at least 1).</summary>
    public int Days { get; init; } = Defaults.Days;
    /// <summary>Expected default rate before any prior drift, 0.001–0.5.</summary>
    public double BaseRate { get; init; } = Defaults.BaseRate;
    /// <summary>Share of rows in the sensitive group "B" (the rest are "A").</summary>
    public double GroupShare { get; init; } = Defaults.GroupShare;
    /// <summary>Covariate drift, or null for none.</summary>
    public CovariateDrift? Covariate { get; init; }
    /// <summary>Prior drift, or null for none.</summary>
    public PriorDrift? Prior { get; init; }
    /// <summary>Concept drift, or null for none.</summary>
    public ConceptDrift? Concept { get; init; }
    /// <summary>Missing-value spike, or null for none.</summary>
    public MissingSpike? Missing { get; init; }
    /// <summary>New zipcode level, or null for none.</summary>
    public NewCategory? NewRegion { get; init; }
    /// <summary>Unit change of income, or null for none.</summary>
    public UnitChange? Unit { get; init; }

    /// <summary>The last day of the period.</summary>
    public DateOnly EndDate => StartDate.AddDays(Days - 1);

    /// <summary>The day of row <paramref name="row"/>: rows are spread evenly over the period.</summary>
    public DateOnly DayOf(int row) => StartDate.AddDays((int)((long)row * Days / Rows));
}
