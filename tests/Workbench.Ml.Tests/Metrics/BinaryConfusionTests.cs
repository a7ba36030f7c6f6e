using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class BinaryConfusionTests
{
    // The MLEP worked example: TN 905, FN 18, FP 9, TP 68.
    private static readonly BinaryConfusion Mlep = new(TrueNegatives: 905, FalsePositives: 9, FalseNegatives: 18, TruePositives: 68);

    [Fact]
    public void MlepWorkedExample_MatchesCourseToThreeDecimals()
    {
        Assert.Equal(0.883, Math.Round(Mlep.Precision, 3));
        Assert.Equal(0.791, Math.Round(Mlep.Recall, 3));
        Assert.Equal(0.834, Math.Round(Mlep.F1, 3));
    }

    // y = [0]*905 + [1]*18 + [0]*9 + [1]*68; pred = [0]*923 + [1]*77
    // precision_score, recall_score, f1_score, accuracy_score, balanced_accuracy_score, cohen_kappa_score
    [Fact]
    public void MlepWorkedExample_MatchesScikitLearn()
    {
        Expect.Close(0.8831168831168831, Mlep.Precision);
        Expect.Close(0.7906976744186046, Mlep.Recall);
        Expect.Close(0.8343558282208589, Mlep.F1);
        Expect.Close(0.973, Mlep.Accuracy);
        Expect.Close(0.8904254236425627, Mlep.BalancedAccuracy);
        Expect.Close(0.8197067229359758, Mlep.CohenKappa);
    }

    [Fact]
    public void ToArray_IsLaidOutAsScikitLearn() =>
        Assert.Equal(new long[,] { { 905, 9 }, { 18, 68 } }, Mlep.ToArray());

    [Fact]
    public void FromPredictions_CountsEachCell() =>
        Assert.Equal(new BinaryConfusion(1, 2, 3, 4),
            BinaryConfusion.FromPredictions(
                [false, false, false, true, true, true, true, true, true, true],
                [false, true, true, false, false, false, true, true, true, true]));

    // cohen_kappa_score([0,0,0], [0,0,0]) is nan
    [Fact]
    public void KappaWithOneClassEverywhere_IsNaN() => Assert.True(double.IsNaN(new BinaryConfusion(3, 0, 0, 0).CohenKappa));

    // cohen_kappa_score([0,0,0,0], [0,1,0,0]) == 0.0; balanced_accuracy_score(same) == 0.75
    [Fact]
    public void NoPositiveLabels_GiveKappaZeroAndBalancedAccuracyAsSpecificity()
    {
        var confusion = new BinaryConfusion(3, 1, 0, 0);
        Expect.Close(0.0, confusion.CohenKappa);
        Expect.Close(0.75, confusion.BalancedAccuracy);
        Assert.Equal(0.0, confusion.Recall);
        Assert.Equal(0.0, confusion.F1);
    }
}
