using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Ml.DriftLab;

/// <summary>Runs every planned test on one reference/current pair and decides drift with and without correction.</summary>
internal static class LabComparison
{
    /// <summary>The corrections evaluated, in this order.</summary>
    public static readonly DriftCorrection[] Corrections = [DriftCorrection.None, DriftCorrection.Bonferroni, DriftCorrection.BenjaminiHochberg];

    /// <summary>The outcome of one comparison for one test: whether any column drifted and whether the target did (per
    /// correction), and the target's statistic (NaN when the test does not run on it).</summary>
    public readonly record struct Outcome(bool[] Any, bool[] Target, double TargetStatistic);

    /// <summary>Compares the two tables with every test of the plan, preparing each column pair and its bins once and
    /// running the drift library's statistics on them (as <see cref="ColumnComparison"/> does for a single test).</summary>
    public static Outcome[] Run(TabularData reference, TabularData current, LabTestPlan plan, double alpha)
    {
        var options = new DriftOptions
        {
            Thresholds = new Dictionary<DriftTestKind, double> { [DriftTestKind.Ks] = alpha, [DriftTestKind.ChiSquare] = alpha, [DriftTestKind.Z] = alpha },
        };
        var pairs = new ColumnPair[plan.Columns.Length];
        var bins = new BinnedCounts[plan.Columns.Length];
        for (int c = 0; c < pairs.Length; c++)
        {
            pairs[c] = ColumnPair.Create(reference.Columns[c], current.Columns[c]);
            bins[c] = BinnedCounts.Create(pairs[c]);
        }
        var outcomes = new Outcome[plan.Tests.Length];
        for (int t = 0; t < plan.Tests.Length; t++)
        {
            var test = plan.Tests[t];
            var columns = new List<int>();
            var results = new List<(double Statistic, double? PValue)>();
            for (int c = 0; c < pairs.Length; c++)
            {
                if (!plan.Applies[t][c]) continue;
                columns.Add(c);
                results.Add(ColumnComparison.Statistic(test, pairs[c], bins[c]));
            }
            outcomes[t] = Decide(test, columns, results, plan.Target, alpha, options.ThresholdFor(test));
        }
        return outcomes;
    }

    private static Outcome Decide(DriftTestKind test, List<int> columns, List<(double Statistic, double? PValue)> results, int target, double alpha, double threshold)
    {
        int at = columns.IndexOf(target);
        var any = new bool[Corrections.Length];
        var hit = new bool[Corrections.Length];
        for (int k = 0; k < Corrections.Length; k++)
        {
            bool[] flags;
            if (test.HasPValue())
            {
                var adjusted = MultipleTesting.Adjust(results.Select(r => r.PValue!.Value).ToList(), Corrections[k]);
                flags = adjusted.Select(p => p < alpha).ToArray();
            }
            else flags = results.Select(r => r.Statistic >= threshold).ToArray();
            any[k] = flags.Any(f => f);
            hit[k] = at >= 0 && flags[at];
        }
        // z is signed; its size is what grows with drift.
        double statistic = at < 0 ? double.NaN : test == DriftTestKind.Z ? Math.Abs(results[at].Statistic) : results[at].Statistic;
        return new Outcome(any, hit, statistic);
    }
}
