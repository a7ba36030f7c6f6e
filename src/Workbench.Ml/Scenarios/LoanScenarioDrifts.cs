namespace Workbench.Ml.Scenarios;

/// <summary>How a drift unfolds over time.</summary>
public enum DriftKind
{
    /// <summary>No drift.</summary>
    None,
    /// <summary>Full size from the start date on.</summary>
    Sudden,
    /// <summary>Ramps linearly from zero at the start date to full size at the end date.</summary>
    Gradual,
    /// <summary>Alternates: full size for a period, none for a period, starting at the start date.</summary>
    Recurring,
}

/// <summary>The feature a covariate drift moves.</summary>
public enum CovariateFeature
{
    /// <summary>Salary: the size is added to every salary (in dollars).</summary>
    Salary,
    /// <summary>Age: the size is added to every age (in years, rounded up or down at random so the mean shift is exact).</summary>
    Age,
    /// <summary>Region mix: with probability size (0–1) a row's zipcode is redrawn from zipcodes 0–2.</summary>
    RegionMix,
}

/// <summary>A change in the input distribution of one feature, following a schedule.</summary>
public sealed record CovariateDrift(CovariateFeature Feature, DriftKind Kind, double Size, DateOnly Start,
    DateOnly? End = null, int PeriodDays = 0)
{
    /// <summary>The drift's strength on a day, from 0 (none) to 1 (full size).</summary>
    public double Intensity(DateOnly day)
    {
        var since = day.DayNumber - Start.DayNumber;
        if (Kind == DriftKind.None || since < 0) return 0;
        return Kind switch
        {
            DriftKind.Sudden => 1,
            DriftKind.Gradual => Math.Min(1.0, (since + 1.0) / (End!.Value.DayNumber - Start.DayNumber + 1.0)),
            _ => (since / PeriodDays) % 2 == 0 ? 1 : 0,
        };
    }
}

/// <summary>Prior (label) drift: from <paramref name="Start"/> on the expected default rate is <paramref name="BaseRate"/>.</summary>
public sealed record PriorDrift(DateOnly Start, double BaseRate);

/// <summary>Concept drift: from <paramref name="Start"/> on every coefficient of the default model changes sign
/// (the intercept is re-solved so the expected default rate stays the base rate).</summary>
/// <remarks>With an <paramref name="End"/>, the drift is gradual: between Start and End a row follows the new concept
/// with a probability that rises linearly from 1/(days) to 1, as MOA's gradual concept drift mixes two concepts.</remarks>
public sealed record ConceptDrift(DateOnly Start, DateOnly? End = null)
{
    /// <summary>The probability that a row of <paramref name="day"/> follows the new concept.</summary>
    public double Intensity(DateOnly day)
    {
        var since = day.DayNumber - Start.DayNumber;
        if (since < 0) return 0;
        return End is { } end ? Math.Min(1.0, (since + 1.0) / (end.DayNumber - Start.DayNumber + 1.0)) : 1;
    }
}

/// <summary>A missing-value spike: inside [Start, End] each value of the column is missing with probability Share.</summary>
public sealed record MissingSpike(string Column, double Share, DateOnly Start, DateOnly End);

/// <summary>A new category level: from Start on, a share of rows get the zipcode level <see cref="Level"/>, with house
/// values like zipcode 8's (50,000–150,000).</summary>
public sealed record NewCategory(DateOnly Start, double Share, string Level = "9");

/// <summary>A unit change: from Start on, salary and commission are recorded in thousands of dollars.</summary>
public sealed record UnitChange(DateOnly Start);
