using Workbench.Ml.Scenarios;

namespace Workbench.Web.Scenarios;

/// <summary>The scenario form's editable settings; drift dates are days of the period (1 = the first day), so a student
/// places a drift by where it falls, and they become calendar dates in <see cref="ToOptions"/>.</summary>
public sealed class ScenarioDraft
{
    public long Seed { get; set; } = LoanScenarioOptions.Defaults.Seed;
    public int Rows { get; set; } = LoanScenarioOptions.Defaults.Rows;
    public DateTime? StartDate { get; set; } = LoanScenarioOptions.Defaults.StartDate.ToDateTime(TimeOnly.MinValue);
    public int Days { get; set; } = LoanScenarioOptions.Defaults.Days;
    public double BaseRate { get; set; } = LoanScenarioOptions.Defaults.BaseRate;
    public double GroupShare { get; set; } = LoanScenarioOptions.Defaults.GroupShare;

    public DriftKind CovariateKind { get; set; } = DriftKind.None;
    public CovariateFeature CovariateFeature { get; set; } = CovariateFeature.Salary;
    public double CovariateSize { get; set; } = 15_000;
    public int CovariateStartDay { get; set; } = 184;
    public int CovariateEndDay { get; set; } = 366;
    public int CovariatePeriodDays { get; set; } = 30;

    public bool PriorOn { get; set; }
    public int PriorStartDay { get; set; } = 184;
    public double PriorRate { get; set; } = 0.25;

    /// <summary>None, Sudden (a flip on the start day) or Gradual (a mix of concepts ramping from start to end).</summary>
    public DriftKind ConceptKind { get; set; } = DriftKind.None;
    public int ConceptStartDay { get; set; } = 147;
    public int ConceptEndDay { get; set; } = 293;

    public bool MissingOn { get; set; }
    public string MissingColumn { get; set; } = LoanColumns.Loan;
    public double MissingShare { get; set; } = 0.6;
    public int MissingStartDay { get; set; } = 110;
    public int MissingEndDay { get; set; } = 116;

    public bool NewRegionOn { get; set; }
    public int NewRegionStartDay { get; set; } = 257;
    public double NewRegionShare { get; set; } = 0.1;
    public string NewRegionLevel { get; set; } = "9";

    public bool UnitOn { get; set; }
    public int UnitStartDay { get; set; } = 312;

    private DateOnly Start => DateOnly.FromDateTime(StartDate ?? LoanScenarioOptions.Defaults.StartDate.ToDateTime(TimeOnly.MinValue));

    /// <summary>The calendar date of a day of the period.</summary>
    public DateOnly DateOf(int day) => Start.AddDays(day - 1);

    /// <summary>The day of the period (1-based) of a date.</summary>
    private int DayOf(DateOnly date) => date.DayNumber - Start.DayNumber + 1;

    /// <summary>Null when every day field lies inside the period, else which one does not and the range to use.</summary>
    public string? DayProblem()
    {
        if (StartDate is null) return "Choose the first day of the period.";
        var days = new List<(string Name, int Day)>();
        if (CovariateKind != DriftKind.None) days.Add(("Covariate drift start", CovariateStartDay));
        if (CovariateKind == DriftKind.Gradual) days.Add(("Covariate drift end", CovariateEndDay));
        if (PriorOn) days.Add(("Prior drift start", PriorStartDay));
        if (ConceptKind != DriftKind.None) days.Add(("Concept drift start", ConceptStartDay));
        if (ConceptKind == DriftKind.Gradual) days.Add(("Concept drift end", ConceptEndDay));
        if (MissingOn) days.AddRange([("Missing spike start", MissingStartDay), ("Missing spike end", MissingEndDay)]);
        if (NewRegionOn) days.Add(("New category start", NewRegionStartDay));
        if (UnitOn) days.Add(("Unit change start", UnitStartDay));
        var bad = days.FirstOrDefault(d => d.Day < 1 || d.Day > Days);
        return bad.Name is null ? null : $"{bad.Name} is day {bad.Day}, outside the period; use a day from 1 to {Days}.";
    }

    /// <summary>The generator's options.</summary>
    public LoanScenarioOptions ToOptions() => new()
    {
        Seed = Seed, Rows = Rows, StartDate = Start, Days = Days, BaseRate = BaseRate, GroupShare = GroupShare,
        Covariate = CovariateKind == DriftKind.None ? null : new CovariateDrift(CovariateFeature, CovariateKind, CovariateSize,
            DateOf(CovariateStartDay), CovariateKind == DriftKind.Gradual ? DateOf(CovariateEndDay) : null,
            CovariateKind == DriftKind.Recurring ? CovariatePeriodDays : 0),
        Prior = PriorOn ? new PriorDrift(DateOf(PriorStartDay), PriorRate) : null,
        Concept = ConceptKind == DriftKind.None ? null
            : new ConceptDrift(DateOf(ConceptStartDay), ConceptKind == DriftKind.Gradual ? DateOf(ConceptEndDay) : null),
        Missing = MissingOn ? new MissingSpike(MissingColumn, MissingShare, DateOf(MissingStartDay), DateOf(MissingEndDay)) : null,
        NewRegion = NewRegionOn ? new NewCategory(DateOf(NewRegionStartDay), NewRegionShare, NewRegionLevel) : null,
        Unit = UnitOn ? new UnitChange(DateOf(UnitStartDay)) : null,
    };

    /// <summary>A draft holding the options (settings that are off keep this draft's defaults).</summary>
    public static ScenarioDraft From(LoanScenarioOptions o)
    {
        var d = new ScenarioDraft
        {
            Seed = o.Seed, Rows = o.Rows, StartDate = o.StartDate.ToDateTime(TimeOnly.MinValue), Days = o.Days,
            BaseRate = o.BaseRate, GroupShare = o.GroupShare,
        };
        if (o.Covariate is { } c)
            (d.CovariateKind, d.CovariateFeature, d.CovariateSize, d.CovariateStartDay, d.CovariateEndDay, d.CovariatePeriodDays) =
                (c.Kind, c.Feature, c.Size, d.DayOf(c.Start), c.End is { } e ? d.DayOf(e) : d.CovariateEndDay, c.PeriodDays > 0 ? c.PeriodDays : d.CovariatePeriodDays);
        if (o.Prior is { } p) (d.PriorOn, d.PriorStartDay, d.PriorRate) = (true, d.DayOf(p.Start), p.BaseRate);
        if (o.Concept is { } k)
            (d.ConceptKind, d.ConceptStartDay, d.ConceptEndDay) = (k.End is null ? DriftKind.Sudden : DriftKind.Gradual, d.DayOf(k.Start), k.End is { } ke ? d.DayOf(ke) : d.ConceptEndDay);
        if (o.Missing is { } m) (d.MissingOn, d.MissingColumn, d.MissingShare, d.MissingStartDay, d.MissingEndDay) = (true, m.Column, m.Share, d.DayOf(m.Start), d.DayOf(m.End));
        if (o.NewRegion is { } n) (d.NewRegionOn, d.NewRegionStartDay, d.NewRegionShare, d.NewRegionLevel) = (true, d.DayOf(n.Start), n.Share, n.Level);
        if (o.Unit is { } u) (d.UnitOn, d.UnitStartDay) = (true, d.DayOf(u.Start));
        return d;
    }
}
