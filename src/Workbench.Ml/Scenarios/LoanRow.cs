namespace Workbench.Ml.Scenarios;

/// <summary>The true feature values of one simulated applicant (before recording faults).</summary>
internal struct LoanRow
{
    public double Salary, Commission, Hvalue, Loan, DebtRatio;
    public int Age, Elevel, Car, Zipcode, Hyears, EmploymentYears;
    public bool GroupB;

    /// <summary>Zipcode index used for the new category level.</summary>
    public const int NewZipcode = 9;

    /// <summary>Draws one applicant following Agrawal et al. (1993), plus debt ratio, employment years and group.</summary>
    /// <remarks>Commission follows the (possibly drifted) salary; an age shift is rounded stochastically to whole years so
    /// its mean is exact; employment years are drawn below the (possibly drifted) age minus 17.</remarks>
    /// <param name="rng">The chunk's generator; every call draws the same count of numbers.</param>
    /// <param name="shift">Covariate drift of this day: feature and effective size (size × intensity).</param>
    /// <param name="newRegionShare">Probability of the new zipcode level on this day (0 before it appears).</param>
    /// <param name="groupShare">Probability of group B.</param>
    public static LoanRow Sample(ref ScenarioRandom rng, CovariateFeature? feature, double shift, double newRegionShare, double groupShare)
    {
        var r = new LoanRow();
        var salary = rng.Uniform(20_000, 150_000);
        var commission = Math.Round(rng.Uniform(10_000, 75_000));
        r.Age = rng.Int(20, 80);
        r.Elevel = rng.Int(0, 4);
        r.Car = rng.Int(1, 20);
        r.Zipcode = rng.Int(0, 8);
        var regionDraw = rng.NextDouble();
        var regionRedraw = rng.Int(0, 2);
        var newDraw = rng.NextDouble();
        var houseFactor = 0.5 + rng.NextDouble();
        r.Hyears = rng.Int(1, 30);
        r.Loan = Math.Round(rng.Uniform(0, 500_000));
        r.DebtRatio = Math.Round(0.05 + 0.3 * (rng.NextDouble() + rng.NextDouble()), 3);
        var employDraw = rng.NextDouble();
        var roundDraw = rng.NextDouble();
        r.GroupB = rng.NextDouble() < groupShare;

        if (feature == CovariateFeature.Salary) salary += shift;
        if (feature == CovariateFeature.Age) r.Age += (int)Math.Floor(shift) + (roundDraw < shift - Math.Floor(shift) ? 1 : 0);
        if (feature == CovariateFeature.RegionMix && regionDraw < shift) r.Zipcode = regionRedraw;
        if (newDraw < newRegionShare) r.Zipcode = NewZipcode;
        r.Salary = Math.Round(salary);
        r.Commission = r.Salary >= 75_000 ? 0 : commission;
        r.Hvalue = Math.Round(Math.Max(9 - r.Zipcode, 1) * 100_000 * houseFactor);
        r.EmploymentYears = (int)(employDraw * Math.Max(r.Age - 17, 1));
        return r;
    }
}
