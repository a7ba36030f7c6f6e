namespace Workbench.Ml.Scenarios;

/// <summary>Checks <see cref="LoanScenarioOptions"/> and explains what is wrong and how to fix it.</summary>
public static class LoanScenarioValidation
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public static void Validate(LoanScenarioOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        Check(o.Rows is >= 1 and <= LoanScenarioOptions.Defaults.MaxRows, $"Rows is {o.Rows}; use 1 to {LoanScenarioOptions.Defaults.MaxRows:N0}.");
        Check(o.Days >= 1, $"Days is {o.Days}; the period must cover at least 1 day.");
        CheckRate(o.BaseRate, "BaseRate");
        Check(o.GroupShare is >= 0 and <= 1, $"GroupShare is {o.GroupShare}; use a share from 0 to 1.");
        if (o.Covariate is { } c) CheckCovariate(c);
        if (o.Prior is { } p) CheckRate(p.BaseRate, "Prior.BaseRate");
        if (o.Concept is { End: { } conceptEnd } concept)
            Check(conceptEnd > concept.Start, $"Concept.End {conceptEnd:yyyy-MM-dd} must be after Concept.Start {concept.Start:yyyy-MM-dd} for a gradual concept drift.");
        if (o.Missing is { } m)
        {
            Check(LoanColumns.Features.Contains(m.Column), $"Missing.Column '{m.Column}' is not a feature; use one of {string.Join(", ", LoanColumns.Features)}.");
            Check(m.Share is >= 0 and <= 1, $"Missing.Share is {m.Share}; use a share from 0 to 1.");
            Check(m.End >= m.Start, $"Missing.End {m.End:yyyy-MM-dd} is before Missing.Start {m.Start:yyyy-MM-dd}.");
        }
        if (o.NewRegion is { } n)
        {
            Check(n.Share is > 0 and <= 1, $"NewRegion.Share is {n.Share}; use a share above 0 and at most 1.");
            Check(!string.IsNullOrWhiteSpace(n.Level) && !LoanColumns.Zipcodes.Contains(n.Level),
                $"NewRegion.Level '{n.Level}' must be a new, non-empty level (not 0–8).");
        }
    }

    private static void CheckCovariate(CovariateDrift c)
    {
        if (c.Kind == DriftKind.Gradual)
            Check(c.End is { } e && e > c.Start, "Covariate.End must be after Covariate.Start for a gradual drift.");
        if (c.Kind == DriftKind.Recurring)
            Check(c.PeriodDays >= 1, $"Covariate.PeriodDays is {c.PeriodDays}; a recurring drift needs a period of at least 1 day.");
        if (c.Feature == CovariateFeature.RegionMix)
            Check(c.Size is >= 0 and <= 1, $"Covariate.Size is {c.Size}; a region-mix drift takes a share from 0 to 1.");
        Check(double.IsFinite(c.Size), "Covariate.Size must be a finite number.");
        if (c.Feature == CovariateFeature.Salary)
            Check(c.Size > -20_000, $"Covariate.Size is {c.Size}; a salary shift must be above -20,000 so salaries stay positive.");
        if (c.Feature == CovariateFeature.Age)
            Check(c.Size > -20, $"Covariate.Size is {c.Size}; an age shift must be above -20 so ages stay positive.");
    }

    private static void CheckRate(double rate, string name) =>
        Check(rate is >= LoanScenarioOptions.Defaults.MinRate and <= LoanScenarioOptions.Defaults.MaxRate,
            $"{name} is {rate}; use a default rate from 0.001 (0.1 %) to 0.5 (50 %).");

    private static void Check(bool ok, string message)
    {
        if (!ok) throw new ArgumentException(message);
    }
}
