using Workbench.Ml.Drift;
using Workbench.Ml.DriftLab;

namespace Workbench.Ml.Tests.DriftLab;

/// <summary>The laboratory's shortcut (one prepared pair and one set of bins per column) gives exactly what the drift
/// calculator gives test by test.</summary>
public class LabComparisonTests
{
    [Theory]
    [InlineData("salary")]
    [InlineData("elevel")]
    [InlineData("zipcode")]
    [InlineData("default")]
    public void StatisticsAndDecisions_MatchTheDriftCalculator(string target)
    {
        var reference = LoanSamples.Draw(1, DriftInjectionKind.LoanPrior, 0.2, 400, false);
        var current = LoanSamples.Draw(2, DriftInjectionKind.LoanPrior, 0.2, 400, true);
        var plan = LabTestPlan.For(reference, target);

        var outcomes = LabComparison.Run(reference, current, plan, 0.05);

        for (int t = 0; t < plan.Tests.Length; t++)
        {
            var options = new DriftOptions { Test = plan.Tests[t] };
            var drifts = Enumerable.Range(0, plan.Columns.Length).Where(c => plan.Applies[t][c])
                .Select(c => DriftCalculator.Compare(reference.Columns[c], current.Columns[c], options)).ToList();
            Assert.Equal(drifts.Any(d => d.Drifted), outcomes[t].Any[0]);
            var onTarget = drifts.FirstOrDefault(d => d.Column == target);
            if (onTarget is null) { Assert.True(double.IsNaN(outcomes[t].TargetStatistic)); continue; }
            var expected = plan.Tests[t] == DriftTestKind.Z ? Math.Abs(onTarget.Statistic) : onTarget.Statistic;
            Assert.Equal(expected, outcomes[t].TargetStatistic);
            Assert.Equal(onTarget.Drifted, outcomes[t].Target[0]);
        }
    }
}
