using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class HyperParameterRulesTests
{
    private static readonly HyperParameterSpec Leaves = new("NumberOfLeaves", HyperParameterKind.Integer, "20", 2, 1000, null, "Leaves.");
    private static readonly HyperParameterSpec L2 = new("L2Regularization", HyperParameterKind.Real, "auto", 0, null, null, "L2.");

    [Theory]
    [InlineData("20", null)]
    [InlineData("2", null)]
    [InlineData(" 2 ", null)]
    [InlineData("1", "Hyperparameter NumberOfLeaves is 1, outside its valid range 2 to 1000.")]
    [InlineData("2.5", "Hyperparameter NumberOfLeaves is '2.5'; give a whole number from 2 to 1000.")]
    [InlineData("many", "Hyperparameter NumberOfLeaves is 'many'; give a whole number from 2 to 1000.")]
    public void Integer_IsCheckedForTypeAndRange(string value, string? expected) => Assert.Equal(expected, HyperParameterRules.Problem(Leaves, value));

    [Fact]
    public void Auto_IsValidOnlyWhenTheDefaultIsAuto()
    {
        Assert.Null(HyperParameterRules.Problem(L2, "auto"));
        Assert.Null(HyperParameterRules.Problem(L2, "0.5"));
        Assert.NotNull(HyperParameterRules.Problem(L2, "-1"));
        Assert.NotNull(HyperParameterRules.Problem(Leaves, "auto"));
        Assert.Equal("0 to any", HyperParameterRules.Range(L2));
        Assert.Equal("auto", HyperParameterRules.Normalise(L2, "AUTO").Value);
    }

    private static readonly HyperParameterSpec Unbalanced = new("Unbalanced", HyperParameterKind.Boolean, "false", null, null, null, "U.");
    private static readonly HyperParameterSpec Booster = new("Booster", HyperParameterKind.Choice, "gbdt", null, null, ["gbdt", "dart", "goss"], "B.");

    [Theory]
    [InlineData("True", "true")]
    [InlineData("FALSE", "false")]
    [InlineData(" true ", "true")]
    public void Boolean_IsCaseInsensitiveAndNormalised(string value, string expected) =>
        Assert.Equal((expected, null), HyperParameterRules.Normalise(Unbalanced, value));

    [Fact]
    public void Boolean_RefusesOtherWords() =>
        Assert.Equal("Hyperparameter Unbalanced is 'yes'; give true or false.", HyperParameterRules.Problem(Unbalanced, "yes"));

    [Fact]
    public void Choice_IsCaseInsensitiveAndSpelledAsTheCatalog()
    {
        Assert.Equal(("dart", null), HyperParameterRules.Normalise(Booster, "DART"));
        Assert.Equal("Hyperparameter Booster is 'rf'; choose one of gbdt, dart, goss.", HyperParameterRules.Problem(Booster, "rf"));
    }

    [Fact]
    public void UnknownName_NamesTheClosestKnownOnes()
    {
        var lightGbm = TrainerCatalog.Find("LightGbm");

        var verdict = HyperParameterRules.Check(lightGbm, new Dictionary<string, string> { ["NumberOfLeave"] = "8" });

        var problem = Assert.Single(verdict.Problems);
        Assert.StartsWith("Hyperparameter NumberOfLeave: the trainer LightGbm has no hyperparameter 'NumberOfLeave'; the closest are NumberOfLeaves", problem);
    }

    [Fact]
    public void Check_ReturnsEveryProblemAndKeepsValidValues()
    {
        var lightGbm = TrainerCatalog.Find("LightGbm");

        var verdict = HyperParameterRules.Check(lightGbm, new Dictionary<string, string>
        {
            ["numberofleaves"] = "8", ["NumberOfIterations"] = "0", ["Depth"] = "2",
        });

        Assert.Equal(2, verdict.Problems.Count);
        Assert.Equal("8", verdict.Values["NumberOfLeaves"]);
        Assert.Equal(lightGbm.Parameters.Count, verdict.Values.Count);
    }

    [Fact]
    public void Check_NeverThrowsForEmptyOrNullValues()
    {
        var verdict = HyperParameterRules.Check(TrainerCatalog.Find("FastTree"), new Dictionary<string, string> { ["NumberOfLeaves"] = "" });
        Assert.Single(verdict.Problems);
    }
}
