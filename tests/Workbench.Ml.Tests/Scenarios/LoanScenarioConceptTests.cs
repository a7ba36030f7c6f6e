using Workbench.Ml.Scenarios;
using static Workbench.Ml.Tests.Scenarios.ScenarioStats;

namespace Workbench.Ml.Tests.Scenarios;

/// <summary>Gradual concept drift: the salary–default relation turns around over the ramp, the default rate stays.</summary>
public class LoanScenarioConceptTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static double SalaryGap(Workbench.Ml.Data.TabularData t, int[] rows)
    {
        var d = t["default"].Numbers!;
        return Mean(t, "salary", rows.Where(i => d[i] == 1).ToArray()) - Mean(t, "salary", rows.Where(i => d[i] == 0).ToArray());
    }

    [Fact]
    public void GradualConcept_TurnsTheSalaryRelationAroundOverTheRamp()
    {
        var options = new LoanScenarioOptions { Rows = 300_000, Seed = 4, Concept = new ConceptDrift(Start.AddDays(120), Start.AddDays(240)) };
        var t = LoanScenarioGenerator.Generate(options);

        var before = Rows(t, Start, Start.AddDays(119));
        var middle = Rows(t, Start.AddDays(170), Start.AddDays(190));
        var after = Rows(t, Start.AddDays(241), Start.AddDays(365));
        Assert.True(SalaryGap(t, before) < -15_000, $"before: {SalaryGap(t, before)}");
        Assert.True(SalaryGap(t, after) > 15_000, $"after: {SalaryGap(t, after)}");
        Assert.True(Math.Abs(SalaryGap(t, middle)) < Math.Abs(SalaryGap(t, before)) / 2, $"middle: {SalaryGap(t, middle)}");
        // Both concepts are calibrated to 10 %; the calibration sample adds at most 3 × sqrt(0.1 × 0.9 / 200,000) = 0.002.
        var d = t["default"].Numbers!;
        foreach (var rows in new[] { before, middle, after })
            Assert.InRange(Share(rows, i => d[i] == 1), 0.1 - 3 * ProportionSe(0.1, rows.Length) - 0.002, 0.1 + 3 * ProportionSe(0.1, rows.Length) + 0.002);
    }

    [Fact]
    public void GradualConceptEndingBeforeItStarts_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => LoanScenarioGenerator.Generate(
            new LoanScenarioOptions { Concept = new ConceptDrift(Start.AddDays(50), Start.AddDays(50)) }));
        Assert.Contains("Concept.End 2024-02-20 must be after Concept.Start", error.Message);
    }
}
