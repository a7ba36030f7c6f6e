using Workbench.Ml.Drift;
using Workbench.Workspace.Drift;

namespace Workbench.Workspace.Tests.Drift;

public sealed class DriftSeverityTests
{
    private static readonly ColumnBins NoBins = new(null, [], [], []);

    private static ColumnDrift Column(string name, DriftTestKind test, double statistic, double? p, double threshold, bool drifted) =>
        new(name, DriftColumnKind.Numeric, test, "", statistic, p, p, threshold, drifted, 10, 10, 0, 0, NoBins);

    [Fact]
    public void Score_IsOneAtTheThresholdForTestsAndDistances()
    {
        Assert.Equal(1.0, DriftSeverity.Score(Column("a", DriftTestKind.Ks, 0.3, 0.05, 0.05, false)), 1e-12);
        Assert.Equal(1.0, DriftSeverity.Score(Column("b", DriftTestKind.Psi, 0.1, null, 0.1, true)), 1e-12);
        Assert.Equal(2.0, DriftSeverity.Score(Column("c", DriftTestKind.Ks, 0.3, 0.0025, 0.05, true)), 1e-12);
    }

    [Fact]
    public void Order_PutsDriftedFirstThenTheFurthestPastTheThreshold()
    {
        var ordered = DriftSeverity.Order(
        [
            Column("calm", DriftTestKind.Ks, 0.1, 0.8, 0.05, false),
            Column("mild", DriftTestKind.Psi, 0.12, null, 0.1, true),
            Column("strong", DriftTestKind.Ks, 0.6, 1e-6, 0.05, true),
            Column("near", DriftTestKind.Wasserstein, 0.09, null, 0.1, false),
        ]);

        Assert.Equal(["strong", "mild", "near", "calm"], ordered.Select(c => c.Column));
    }
}
