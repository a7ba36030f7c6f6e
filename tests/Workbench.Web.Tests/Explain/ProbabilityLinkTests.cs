using Workbench.Web.Explain;

namespace Workbench.Web.Tests.Explain;

public class ProbabilityLinkTests
{
    [Fact]
    public void PlattScaledScores_RecoverSlopeAndIntercept()
    {
        double[] raw = [-4, -1.5, 0, 0.7, 3];
        var p = raw.Select(r => 1 / (1 + Math.Exp(-(0.5 * r - 0.25)))).ToArray();

        var link = ProbabilityLink.Fit(raw, p)!.Value;

        Assert.Equal(0.5, link.Slope, 1e-9);
        Assert.Equal(-0.25, link.Intercept, 1e-9);
    }

    [Fact]
    public void ProbabilitiesOffAnyLine_GiveNoLink()
    {
        // An isotonic calibrator: a step function of the score.
        double[] raw = [-3, -2, -1, 0, 1, 2];
        double[] p = [0.1, 0.1, 0.3, 0.3, 0.8, 0.8];

        Assert.Null(ProbabilityLink.Fit(raw, p));
        Assert.Null(ProbabilityLink.Fit([1.0, 1.0], [0.3, 0.3]));
    }
}
