using System.Globalization;
using Workbench.Ml.Scenarios;
using Workbench.Ml.Training;

namespace Workbench.Ml.Monitoring;

/// <summary>The instructor demo of monitoring: a year of loan applications with drift of known kinds at known months,
/// a reference quarter before it to train on, the model to train and the monitor to run.</summary>
/// <remarks>Stream: 2024-01-01 to 2024-12-31. April: 30 % of loan amounts missing (a broken feed). July on: every salary
/// $15,000 higher (sudden covariate shift). September to November: borrowers increasingly default by the opposite rule
/// (gradual concept drift, full from December). Reference: October to December 2023, no drift.</remarks>
public static class MonitoringDemoPlan
{
    /// <summary>Default sizes and names.</summary>
    public static class Defaults
    {
        /// <summary>Rows of the stream (about 1,700 a month).</summary>
        public const int StreamRows = 20_000;
        /// <summary>Rows of the reference quarter.</summary>
        public const int ReferenceRows = 5_000;
        /// <summary>Seed of the stream; the reference uses the next one.</summary>
        public const long Seed = 42;
        /// <summary>Smallest stream and reference accepted (a month needs enough rows to be judged).</summary>
        public const int MinStreamRows = 1_200, MinReferenceRows = 300;
    }

    /// <summary>The first day of the stream.</summary>
    public static readonly DateOnly StreamStart = new(2024, 1, 1);

    /// <summary>The start of the missing-value spike (month 4), the covariate shift (month 7) and the concept drift (month 9).</summary>
    public static readonly DateOnly MissingFrom = new(2024, 4, 1), ShiftFrom = new(2024, 7, 1), ConceptFrom = new(2024, 9, 1);

    /// <summary>The salary shift in dollars.</summary>
    public const double SalaryShift = 15_000;

    /// <summary>Share of loan amounts missing in April.</summary>
    public const double MissingShare = 0.3;

    /// <summary>The label column.</summary>
    public const string Label = LoanColumns.Default;

    /// <summary>The stream: twelve months with the three injected changes.</summary>
    public static LoanScenarioOptions Stream(int rows, long seed) => new()
    {
        Rows = rows, Seed = seed, StartDate = StreamStart, Days = 366,
        Missing = new MissingSpike(LoanColumns.Loan, MissingShare, MissingFrom, new DateOnly(2024, 4, 30)),
        Covariate = new CovariateDrift(CovariateFeature.Salary, DriftKind.Sudden, SalaryShift, ShiftFrom),
        Concept = new ConceptDrift(ConceptFrom, new DateOnly(2024, 11, 30)),
    };

    /// <summary>The reference: the quarter before the stream, drawn from the same population without drift.</summary>
    public static LoanScenarioOptions Reference(int rows, long seed) => new()
    {
        Rows = rows, Seed = seed + 1, StartDate = new DateOnly(2023, 10, 1), Days = 92,
    };

    /// <summary>The model: LightGbm on every applicant feature except the sensitive group (and the date).</summary>
    public static TrainingRequest Training(int seed = 1) => new(TaskKind.Binary, Label,
        LoanColumns.Features.Where(f => f != LoanColumns.Group).ToList(), "LightGbm", Seed: seed, PositiveClass: null);

    /// <summary>The monitor: monthly batches by the date column, labels one month late, the default thresholds.</summary>
    public static MonitoringOptions Monitor() => new(BatchBy.Month, LoanColumns.Date, LabelDelayBatches: 1, Label: Label);

    /// <summary>Checks the sizes; the message says what to change.</summary>
    /// <exception cref="MonitoringException">A size is too small for monthly batches to be judged.</exception>
    public static void Validate(int streamRows, int referenceRows)
    {
        if (streamRows < Defaults.MinStreamRows)
            throw new MonitoringException(string.Create(CultureInfo.InvariantCulture, $"The demo stream needs at least {Defaults.MinStreamRows:N0} rows (100 a month); it was given {streamRows:N0}."));
        if (referenceRows < Defaults.MinReferenceRows)
            throw new MonitoringException(string.Create(CultureInfo.InvariantCulture, $"The demo reference needs at least {Defaults.MinReferenceRows:N0} rows to train on; it was given {referenceRows:N0}."));
    }
}
