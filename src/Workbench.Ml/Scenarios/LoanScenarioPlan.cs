namespace Workbench.Ml.Scenarios;

/// <summary>The per-row recipe of a scenario: options plus the solved intercepts, applied row by row.</summary>
internal sealed class LoanScenarioPlan
{
    private static readonly int EpochDay = new DateOnly(1970, 1, 1).DayNumber;
    private readonly LoanScenarioOptions _o;
    private readonly double _base, _prior, _flipped, _priorFlipped;

    private LoanScenarioPlan(LoanScenarioOptions o)
    {
        _o = o;
        _base = LoanDefaultModel.SolveIntercept(o.BaseRate, 1);
        var priorRate = o.Prior?.BaseRate ?? o.BaseRate;
        _prior = o.Prior is null ? _base : LoanDefaultModel.SolveIntercept(priorRate, 1);
        _flipped = o.Concept is null ? _base : LoanDefaultModel.SolveIntercept(o.BaseRate, -1);
        _priorFlipped = o.Concept is null ? _prior : LoanDefaultModel.SolveIntercept(priorRate, -1);
    }

    /// <summary>Solves the intercepts the options need.</summary>
    public static LoanScenarioPlan Create(LoanScenarioOptions options) => new(options);

    /// <summary>Draws row <paramref name="row"/> and writes its recorded values into the buffers.</summary>
    public void FillRow(ref ScenarioRandom rng, int row, LoanColumnBuffers c)
    {
        var day = _o.DayOf(row);
        var drift = _o.Covariate;
        var shift = drift is null ? 0 : drift.Size * drift.Intensity(day);
        var newShare = _o.NewRegion is { } n && day >= n.Start ? n.Share : 0;
        var r = LoanRow.Sample(ref rng, drift?.Feature, shift, newShare, _o.GroupShare);

        // A gradual concept drift draws one extra number per row inside its ramp; other scenarios keep their stream.
        var flipped = _o.Concept is { } k && day >= k.Start
            && (k.End is null || day > k.End || rng.NextDouble() < k.Intensity(day));
        var prior = _o.Prior is { } p && day >= p.Start;
        var intercept = prior ? (flipped ? _priorFlipped : _prior) : (flipped ? _flipped : _base);
        var score = LoanDefaultModel.Score(r);
        var isDefault = rng.NextDouble() < LoanDefaultModel.Sigmoid(intercept + (flipped ? -score : score));

        var incomeUnit = _o.Unit is { } u && day >= u.Start ? 1000.0 : 1.0;
        c.Date[row] = day.DayNumber - EpochDay;
        c.Salary[row] = r.Salary / incomeUnit;
        c.Commission[row] = r.Commission / incomeUnit;
        c.Age[row] = r.Age;
        c.Elevel[row] = r.Elevel;
        c.Car[row] = r.Car;
        c.Zipcode[row] = LoanColumnBuffers.ZipcodeLevel(r.Zipcode, _o.NewRegion?.Level);
        c.Hvalue[row] = r.Hvalue;
        c.Hyears[row] = r.Hyears;
        c.Loan[row] = r.Loan;
        c.DebtRatio[row] = r.DebtRatio;
        c.EmploymentYears[row] = r.EmploymentYears;
        c.Group[row] = r.GroupB ? LoanColumns.GroupB : LoanColumns.GroupA;
        c.Default[row] = isDefault ? 1 : 0;

        var missingDraw = rng.NextDouble();
        if (_o.Missing is { } m && day >= m.Start && day <= m.End && missingDraw < m.Share)
            c.SetMissing(m.Column, row);
    }
}
