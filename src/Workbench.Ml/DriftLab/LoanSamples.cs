using Workbench.Ml.Data;
using Workbench.Ml.Scenarios;

namespace Workbench.Ml.DriftLab;

/// <summary>Draws loan-simulator samples for the laboratory: one day of applicants, undrifted or with the knob applied
/// from the first row on, without the date column (which never drifts here).</summary>
internal static class LoanSamples
{
    private static readonly DateOnly Day = LoanScenarioOptions.Defaults.StartDate;

    /// <summary>A table of <paramref name="rows"/> applicants generated from <paramref name="seed"/>.</summary>
    public static TabularData Draw(long seed, DriftInjectionKind kind, double size, int rows, bool drifted)
    {
        var options = new LoanScenarioOptions { Rows = rows, Seed = seed, Days = 1, StartDate = Day };
        if (drifted) options = Apply(options, kind, size);
        var table = LoanScenarioGenerator.Generate(options);
        return table with { Columns = table.Columns.Where(c => c.Name != LoanColumns.Date).ToList() };
    }

    private static LoanScenarioOptions Apply(LoanScenarioOptions o, DriftInjectionKind kind, double size) => kind switch
    {
        DriftInjectionKind.LoanSalary => o with { Covariate = new(CovariateFeature.Salary, DriftKind.Sudden, size, Day) },
        DriftInjectionKind.LoanAge => o with { Covariate = new(CovariateFeature.Age, DriftKind.Sudden, size, Day) },
        DriftInjectionKind.LoanRegionMix => o with { Covariate = new(CovariateFeature.RegionMix, DriftKind.Sudden, size, Day) },
        DriftInjectionKind.LoanPrior => o with { Prior = new PriorDrift(Day, size) },
        DriftInjectionKind.LoanConcept => o with { Concept = new ConceptDrift(Day) },
        _ => throw new ArgumentException($"{kind} is not a loan-simulator drift.", nameof(kind)),
    };

    /// <summary>The first <paramref name="rows"/> rows of a table.</summary>
    public static TabularData Head(TabularData table, int rows) => table with
    {
        Columns = table.Columns.Select(c => c.Numbers is { } n
            ? DataColumn.Numeric(c.Name, c.Type, n[..rows])
            : DataColumn.Text(c.Name, c.Type, c.Strings![..rows])).ToList(),
    };
}
