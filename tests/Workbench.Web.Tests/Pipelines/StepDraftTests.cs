using Workbench.Ml.Pipelines;
using Workbench.Web.Pipelines;

namespace Workbench.Web.Tests.Pipelines;

public class StepDraftTests
{
    public static TheoryData<string> Specs() => new(
        """{"version":1,"steps":[{"kind":"impute","columns":["a","b"],"strategy":"constant","add_indicator":true,"fill_number":-1}]}""",
        """{"version":1,"steps":[{"kind":"impute","columns":["c"],"strategy":"constant","fill_text":"unknown"}]}""",
        """{"version":1,"steps":[{"kind":"scale","columns":["a"],"method":"robust"},{"kind":"power","columns":["b"],"method":"log1p"}]}""",
        """{"version":1,"steps":[{"kind":"one_hot","columns":["c"],"drop_if_binary":false},{"kind":"hash","columns":["d"],"features":8,"alternate_sign":false,"prefix":"h"}]}""",
        """{"version":1,"steps":[{"kind":"bin","columns":["a"],"strategy":"uniform","bins":4},{"kind":"formula","name":"r","formula":"[a] / [b]"},{"kind":"drop","columns":["z"]}]}""");

    [Theory]
    [MemberData(nameof(Specs))]
    public void LoadedSpec_RoundTripsUnchanged(string json)
    {
        var spec = PipelineSpec.FromJson(json);

        var again = new PipelineSpec(spec.Steps.Select(s => StepDraft.From(s).ToStep()).ToList());

        Assert.Equal(spec.ToJson(), again.ToJson());
    }

    [Theory]
    [InlineData("scale", null, "Choose at least one column.")]
    [InlineData("bin", "a", null)]
    [InlineData("formula", null, "Give the new column a name.")]
    public void Problem_SaysWhatIsMissing(string kind, string? column, string? expected)
    {
        var draft = new StepDraft(kind);
        if (column is not null) draft.Columns.Add(column);

        Assert.Equal(expected, draft.Problem());
    }

    [Fact]
    public void FormulaSyntaxError_GivesItsPosition()
    {
        var draft = new StepDraft("formula") { FormulaName = "ratio", Formula = "[a] / (" };

        Assert.StartsWith("Formula error at character 8", draft.Problem());
    }

    [Fact]
    public void ConstantFill_IsANumberWhenItParsesAndTextOtherwise()
    {
        var number = new StepDraft("impute") { Columns = ["a"], Strategy = ImputeStrategy.Constant, Fill = "2.5" };
        var text = new StepDraft("impute") { Columns = ["a"], Strategy = ImputeStrategy.Constant, Fill = "n/a" };

        Assert.Equal((2.5, null), (((ImputeStep)number.ToStep()).FillNumber, ((ImputeStep)number.ToStep()).FillText));
        Assert.Equal((null, "n/a"), (((ImputeStep)text.ToStep()).FillNumber, ((ImputeStep)text.ToStep()).FillText));
    }

    [Fact]
    public void MeanImpute_NeedsNumbersButMostFrequentTakesAnyColumn()
    {
        Assert.Equal(ColumnNeed.Numbers, new StepDraft("impute").Need);
        Assert.Equal(ColumnNeed.Any, new StepDraft("impute") { Strategy = ImputeStrategy.MostFrequent }.Need);
        Assert.Equal(ColumnNeed.Categories, new StepDraft("one_hot").Need);
    }
}
