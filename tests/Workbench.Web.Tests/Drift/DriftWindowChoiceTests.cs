using Workbench.Ml.Drift.Windows;
using Workbench.Web.Drift;

namespace Workbench.Web.Tests.Drift;

public sealed class DriftWindowChoiceTests
{
    private static readonly DateOnly First = new(2012, 1, 1), Last = new(2015, 12, 31);

    [Fact]
    public void YearsFromMarch_GiveFivePartialOrFullWindows()
    {
        var choice = new DriftWindowChoice { StartMonth = 3 };

        var (windows, problem) = choice.Build(First, Last);

        Assert.Null(problem);
        Assert.Equal(["2011-03…2012-02", "2012-03…2013-02", "2013-03…2014-02", "2014-03…2015-02", "2015-03…2016-02"], windows.Select(w => w.Label));
    }

    [Fact]
    public void Custom_StartsFromTheTwoHalvesOfTheSpan()
    {
        var choice = new DriftWindowChoice { Cut = WindowCut.Custom };
        choice.SeedRanges(First, Last);

        var (windows, problem) = choice.Build(First, Last);

        Assert.Null(problem);
        Assert.Equal([(First, new DateOnly(2013, 12, 31)), (new DateOnly(2014, 1, 1), Last)], windows.Select(w => (w.From, w.To)));
    }

    [Fact]
    public void UnfinishedCustomRange_IsAProblemNotAnError()
    {
        var choice = new DriftWindowChoice { Cut = WindowCut.Custom };
        choice.SeedRanges(First, Last);
        choice.Ranges.Add((new DateOnly(2015, 1, 1), null));

        var (windows, problem) = choice.Build(First, Last);

        Assert.Empty(windows);
        Assert.Equal("Give both days of every range.", problem);
    }

    [Fact]
    public void OneMonthOfDataByYear_AsksForSmallerWindows()
    {
        var (_, problem) = new DriftWindowChoice().Build(new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31));

        Assert.Equal("The dates make only 1 window; choose smaller windows or custom ranges.", problem);
    }

    [Fact]
    public void ReferenceBeyondTheWindows_FallsBackToTheFirst()
    {
        var choice = new DriftWindowChoice { Mode = WindowMode.FixedReference, Reference = 9 };

        choice.Build(First, Last);

        Assert.Equal(0, choice.Reference);
    }
}
