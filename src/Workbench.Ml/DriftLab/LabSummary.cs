using Workbench.Ml.Drift;

namespace Workbench.Ml.DriftLab;

/// <summary>Turns the per-repetition decisions into rates, summing in repetition order so results never depend on scheduling.</summary>
internal static class LabSummary
{
    /// <summary>One cell per test, sample size and correction.</summary>
    public static List<DriftLabCell> Cells(LabTestPlan plan, int[] sizes, LabComparison.Outcome[][][] outcomes)
    {
        var cells = new List<DriftLabCell>();
        double reps = outcomes.Length;
        bool targetRuns(int t) => plan.Applies[t][plan.Target];
        for (int k = 0; k < LabComparison.Corrections.Length; k++)
            for (int t = 0; t < plan.Tests.Length; t++)
                for (int s = 0; s < sizes.Length; s++)
                {
                    int alarms = 0, hits = 0;
                    double statH0 = 0, statH1 = 0;
                    foreach (var rep in outcomes)
                    {
                        var h0 = rep[2 * s][t];
                        var h1 = rep[2 * s + 1][t];
                        if (h0.Any[k]) alarms++;
                        if (h1.Target[k]) hits++;
                        statH0 += h0.TargetStatistic;
                        statH1 += h1.TargetStatistic;
                    }
                    bool runs = targetRuns(t);
                    cells.Add(new DriftLabCell(plan.Tests[t], sizes[s], LabComparison.Corrections[k],
                        runs ? hits / reps : null, alarms / reps, runs ? statH0 / reps : null, runs ? statH1 / reps : null));
                }
        return cells;
    }
}
