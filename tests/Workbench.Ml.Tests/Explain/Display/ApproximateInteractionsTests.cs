using Workbench.Ml.Explain.Display;

namespace Workbench.Ml.Tests.Explain.Display;

public sealed class ApproximateInteractionsTests
{
    // x0 = 3 sin(1.3 i) + 0.01 i, x1 = cos(0.7 i), x2 = (7 i mod 11) / 11 for i = 0..39; SHAP of x0 = x0 · x1.
    private static (double[][] Shap, double[][] X) Data()
    {
        var x = Enumerable.Range(0, 40).Select(i => new[] { Math.Sin(i * 1.3) * 3 + i * 0.01, Math.Cos(i * 0.7), (i * 7 % 11) / 11.0 }).ToArray();
        var shap = x.Select(r => new[] { r[0] * r[1], r[1] * 0.5, r[2] * 0.1 }).ToArray();
        return (shap, x);
    }

    [Fact]
    public void Scores_MatchShapsHeuristic()
    {
        var (shap, x) = Data();

        var scores = ApproximateInteractions.Scores(0, shap, x);

        // shap.utils.approximate_interactions' loop (numpy 1.24), run on the same arrays with /usr/bin/python3:
        // [0.0, 9.784214482850546, 4.013668948251753]
        Assert.Equal(0.0, scores[0]);
        Assert.Equal(9.784214482850546, scores[1], 12);
        Assert.Equal(4.013668948251753, scores[2], 12);
        Assert.Equal(1, ApproximateInteractions.Strongest(0, shap, x));
    }

    [Fact]
    public void AllZeroColumn_ScoresZero()
    {
        var (shap, x) = Data();
        foreach (var row in x) row[2] = 0;

        Assert.Equal(0.0, ApproximateInteractions.Scores(0, shap, x)[2]);
    }

    [Fact]
    public void PearsonOfAConstant_IsNaN() =>
        Assert.True(double.IsNaN(ApproximateInteractions.Pearson([1, 2, 3], [4, 4, 4])));
}
