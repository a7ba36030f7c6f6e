using Workbench.Ml.DriftLab;
using Workbench.Web.DriftLab;

namespace Workbench.Web.Tests.DriftLab;

public class DriftLabDraftTests
{
    [Fact]
    public void SampleSizes_AreParsedFromCommasAndSpaces()
    {
        var draft = new DriftLabDraft { SampleSizes = "50, 100 1_000;2000" };

        var (options, problem) = draft.ToOptions();

        Assert.Null(problem);
        Assert.Equal([50, 100, 1000, 2000], options!.SampleSizes);
    }

    [Theory]
    [InlineData("50, many", "'many' is not a whole number")]
    [InlineData("1, 50", "Sample size 1 is outside 2 to 100,000")]
    [InlineData("", "Give at least one sample size")]
    public void BadSampleSizes_AreExplained(string sizes, string expected)
    {
        var (options, problem) = new DriftLabDraft { SampleSizes = sizes }.ToOptions();

        Assert.Null(options);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void ChangingKind_ResetsTheSizeToItsDefault()
    {
        var draft = new DriftLabDraft { Size = 3 };

        draft.SetKind(DriftInjectionKind.LoanSalary);

        Assert.Equal(5_000, draft.Size);
    }
}
