namespace Workbench.Ml.DriftLab;

/// <summary>The kinds of drift the laboratory can inject, each with its size in known units.</summary>
public enum DriftInjectionKind
{
    /// <summary>Numeric columns drawn from N(0, 1); the current sample's mean moves by the size, in standard deviations.</summary>
    MeanShift,
    /// <summary>Numeric columns drawn from N(0, 1); the current sample's variance is multiplied by the size.</summary>
    VarianceScale,
    /// <summary>Categorical columns with five categories (shares 35, 25, 20, 12, 8 %); the size is the share moved from
    /// the commonest category "a" to the rarest "e".</summary>
    CategoryShare,
    /// <summary>Binary (0/1) columns with 30 % ones; the current share of ones rises by the size (0.05 = five points).</summary>
    ProportionShift,
    /// <summary>Loan simulator: every salary rises by the size, in dollars.</summary>
    LoanSalary,
    /// <summary>Loan simulator: every age rises by the size, in years.</summary>
    LoanAge,
    /// <summary>Loan simulator: with probability size a zipcode is redrawn from zipcodes 0–2.</summary>
    LoanRegionMix,
    /// <summary>Loan simulator: the expected default rate becomes the size (prior drift; the base rate is 10 %).</summary>
    LoanPrior,
    /// <summary>Loan simulator: every coefficient of the default model changes sign (concept drift; the size is ignored).</summary>
    LoanConcept,
}

/// <summary>Names, units, defaults and limits of the injection kinds.</summary>
public static class DriftInjections
{
    /// <summary>True for the loan-simulator kinds (mixed columns from <see cref="Scenarios.LoanScenarioGenerator"/>).</summary>
    public static bool IsLoan(this DriftInjectionKind kind) => kind >= DriftInjectionKind.LoanSalary;

    /// <summary>A short title for forms and charts.</summary>
    public static string Title(this DriftInjectionKind kind) => kind switch
    {
        DriftInjectionKind.MeanShift => "Numeric mean shift",
        DriftInjectionKind.VarianceScale => "Numeric variance scale",
        DriftInjectionKind.CategoryShare => "Categorical share shift",
        DriftInjectionKind.ProportionShift => "Binary proportion shift",
        DriftInjectionKind.LoanSalary => "Loan simulator: salary shift",
        DriftInjectionKind.LoanAge => "Loan simulator: age shift",
        DriftInjectionKind.LoanRegionMix => "Loan simulator: region mix",
        DriftInjectionKind.LoanPrior => "Loan simulator: prior drift",
        _ => "Loan simulator: concept drift",
    };

    /// <summary>The unit of the size, in words.</summary>
    public static string Unit(this DriftInjectionKind kind) => kind switch
    {
        DriftInjectionKind.MeanShift => "standard deviations",
        DriftInjectionKind.VarianceScale => "× variance",
        DriftInjectionKind.CategoryShare => "share moved (0–0.35)",
        DriftInjectionKind.ProportionShift => "added to the share of ones (30 %)",
        DriftInjectionKind.LoanSalary => "dollars",
        DriftInjectionKind.LoanAge => "years",
        DriftInjectionKind.LoanRegionMix => "share redrawn (0–1)",
        DriftInjectionKind.LoanPrior => "new default rate (base 0.10)",
        _ => "none (coefficients flip)",
    };

    /// <summary>A size that drifts visibly without being obvious at small samples.</summary>
    public static double DefaultSize(this DriftInjectionKind kind) => kind switch
    {
        DriftInjectionKind.MeanShift => 0.2,
        DriftInjectionKind.VarianceScale => 1.5,
        DriftInjectionKind.CategoryShare => 0.05,
        DriftInjectionKind.ProportionShift => 0.05,
        DriftInjectionKind.LoanSalary => 5_000,
        DriftInjectionKind.LoanAge => 2,
        DriftInjectionKind.LoanRegionMix => 0.1,
        DriftInjectionKind.LoanPrior => 0.15,
        _ => 0,
    };

    /// <summary>The column whose detection counts as a hit under drift.</summary>
    public static string TargetColumn(this DriftInjectionKind kind) => kind switch
    {
        DriftInjectionKind.LoanSalary => Scenarios.LoanColumns.Salary,
        DriftInjectionKind.LoanAge => Scenarios.LoanColumns.Age,
        DriftInjectionKind.LoanRegionMix => Scenarios.LoanColumns.Zipcode,
        DriftInjectionKind.LoanPrior or DriftInjectionKind.LoanConcept => Scenarios.LoanColumns.Default,
        _ => SyntheticSamples.ColumnName(0),
    };

    /// <summary>Null when the size fits the kind, else what is wrong and how to fix it.</summary>
    public static string? CheckSize(this DriftInjectionKind kind, double size)
    {
        if (!double.IsFinite(size)) return "The drift size must be a finite number.";
        return kind switch
        {
            DriftInjectionKind.VarianceScale when size <= 0 => $"A variance scale must be above 0 (1 = no change), got {size}.",
            DriftInjectionKind.CategoryShare when size is < 0 or > 0.35 => $"The share moved must be from 0 to 0.35 (all of category \"a\"), got {size}.",
            DriftInjectionKind.ProportionShift when size is < -0.3 or > 0.7 => $"The proportion shift must keep the share of ones in [0, 1]: use −0.3 to 0.7, got {size}.",
            DriftInjectionKind.LoanSalary when size <= -20_000 => $"A salary shift must be above −20,000 so salaries stay positive, got {size}.",
            DriftInjectionKind.LoanAge when size <= -20 => $"An age shift must be above −20 so ages stay positive, got {size}.",
            DriftInjectionKind.LoanRegionMix when size is < 0 or > 1 => $"A region-mix share must be from 0 to 1, got {size}.",
            DriftInjectionKind.LoanPrior when size is < 0.001 or > 0.5 => $"The new default rate must be from 0.001 to 0.5, got {size}.",
            _ => null,
        };
    }
}
