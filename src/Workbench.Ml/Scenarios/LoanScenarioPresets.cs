namespace Workbench.Ml.Scenarios;

/// <summary>A named starting point for the loan-default simulator.</summary>
/// <param name="Key">Stable identifier, e.g. "sudden-covariate".</param>
/// <param name="Title">Name shown to students.</param>
/// <param name="Description">What the preset injects and what a student should see.</param>
/// <param name="Apply">Sets the preset's drifts on options, keeping their size, seed, period and base rate.</param>
public sealed record LoanScenarioPreset(string Key, string Title, string Description, Func<LoanScenarioOptions, LoanScenarioOptions> Apply);

/// <summary>The presets of the scenario generator; every drift sits at a fixed fraction of the period.</summary>
public static class LoanScenarioPresets
{
    /// <summary>No drift, a sudden covariate shift, a gradual concept drift, prior drift and a data-quality incident.</summary>
    public static readonly IReadOnlyList<LoanScenarioPreset> All =
    [
        new("no-drift", "No drift", "Every day is drawn from the same population and default model: the baseline any drift test should leave alone.",
            o => Clear(o)),
        new("sudden-covariate", "Sudden covariate shift", "Halfway through, every salary rises by $15,000. Inputs drift; the rule linking inputs to default does not.",
            o => Clear(o) with { Covariate = new(CovariateFeature.Salary, DriftKind.Sudden, 15_000, At(o, 0.5)) }),
        new("gradual-concept", "Gradual concept drift", "From 40 % to 80 % of the period, more and more applicants default by the opposite rule. Inputs and the default rate stay put: only a model's errors show it.",
            o => Clear(o) with { Concept = new ConceptDrift(At(o, 0.4), At(o, 0.8) > At(o, 0.4) ? At(o, 0.8) : null) }),
        new("prior", "Prior drift", "Halfway through, the default rate rises from the base rate to 25 % with the same applicants: the label's share drifts.",
            o => Clear(o) with { Prior = new PriorDrift(At(o, 0.5), 0.25) }),
        new("data-quality", "Data-quality incident", "A week of missing loan amounts at 60 % (a broken feed), a new zipcode level '9' from 70 % of the period on, and from 85 % on salary and commission recorded in thousands.",
            o => Clear(o) with
            {
                Missing = new MissingSpike(LoanColumns.Loan, 0.6, At(o, 0.3), At(o, 0.3).AddDays(Math.Min(6, Math.Max(o.Days - 1, 0)))),
                NewRegion = new NewCategory(At(o, 0.7), 0.1),
                Unit = new UnitChange(At(o, 0.85)),
            }),
    ];

    /// <summary>The preset with that key; throws when unknown, listing the keys.</summary>
    public static LoanScenarioPreset Find(string key) => All.FirstOrDefault(p => p.Key == key)
        ?? throw new ArgumentException($"Unknown preset '{key}'; use one of {string.Join(", ", All.Select(p => p.Key))}.");

    /// <summary>The day at a fraction of the period (0 = first day).</summary>
    public static DateOnly At(LoanScenarioOptions o, double fraction) => o.StartDate.AddDays((int)Math.Floor(fraction * (o.Days - 1)));

    private static LoanScenarioOptions Clear(LoanScenarioOptions o) =>
        o with { Covariate = null, Prior = null, Concept = null, Missing = null, NewRegion = null, Unit = null };
}
