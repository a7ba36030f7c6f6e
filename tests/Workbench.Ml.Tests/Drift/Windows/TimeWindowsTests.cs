using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;

namespace Workbench.Ml.Tests.Drift.Windows;

public sealed class TimeWindowsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Years_CutFirstAndLastToTheData()
    {
        var windows = TimeWindows.Years(D(2000, 1, 3), D(2002, 4, 17));

        Assert.Equal(["2000", "2001", "2002"], windows.Select(w => w.Label));
        Assert.Equal(new TimeWindow("2000", D(2000, 1, 3), D(2000, 12, 31)), windows[0]);
        Assert.Equal(new TimeWindow("2001", D(2001, 1, 1), D(2001, 12, 31)), windows[1]);
        Assert.Equal(new TimeWindow("2002", D(2002, 1, 1), D(2002, 4, 17)), windows[2]);
    }

    [Fact]
    public void YearsFromMarch_EndOnTheLastDayOfFebruaryIncludingLeapDays()
    {
        var windows = TimeWindows.Years(D(2018, 3, 1), D(2020, 4, 17), startMonth: 3);

        Assert.Equal(["2018-03…2019-02", "2019-03…2020-02", "2020-03…2021-02"], windows.Select(w => w.Label));
        Assert.Equal((D(2018, 3, 1), D(2019, 2, 28)), (windows[0].From, windows[0].To));
        Assert.Equal((D(2019, 3, 1), D(2020, 2, 29)), (windows[1].From, windows[1].To));
        Assert.Equal((D(2020, 3, 1), D(2020, 4, 17)), (windows[2].From, windows[2].To));
    }

    [Fact]
    public void YearsFromMarch_DataStartingInJanuaryGetsAPartialFirstWindow()
    {
        var first = TimeWindows.Years(D(2000, 1, 3), D(2001, 6, 30), startMonth: 3)[0];

        Assert.Equal(new TimeWindow("1999-03…2000-02", D(2000, 1, 3), D(2000, 2, 29)), first);
    }

    [Fact]
    public void Months_CoverEveryCalendarMonthWithItsLastDay()
    {
        var windows = TimeWindows.Months(D(2019, 12, 15), D(2020, 3, 2));

        Assert.Equal(["2019-12", "2020-01", "2020-02", "2020-03"], windows.Select(w => w.Label));
        Assert.Equal(D(2019, 12, 15), windows[0].From);
        Assert.Equal(D(2020, 1, 31), windows[1].To);
        Assert.Equal(D(2020, 2, 29), windows[2].To);
        Assert.Equal((D(2020, 3, 1), D(2020, 3, 2)), (windows[3].From, windows[3].To));
    }

    [Fact]
    public void Custom_LabelsByDaysUnlessNamed()
    {
        var windows = TimeWindows.Custom([(D(2019, 1, 1), D(2019, 6, 30), null), (D(2020, 1, 1), D(2020, 6, 30), " covid ")]);

        Assert.Equal(["2019-01-01…2019-06-30", "covid"], windows.Select(w => w.Label));
    }

    [Fact]
    public void BackwardsCustomRange_ThrowsNamingTheWindow()
    {
        var e = Assert.Throws<DriftException>(() => TimeWindows.Custom([(D(2019, 1, 1), D(2019, 6, 30), null), (D(2020, 6, 1), D(2020, 1, 1), null)]));

        Assert.Contains("Window 2 starts after it ends (2020-06-01 to 2020-01-01)", e.Message);
    }

    [Fact]
    public void Consecutive_PairsEachWindowWithThePreviousOne()
    {
        Assert.Equal([(0, 1), (1, 2), (2, 3)], TimeWindows.Pairs(4, WindowMode.Consecutive));
    }

    [Fact]
    public void FixedReference_PairsEveryOtherWindowWithTheReference()
    {
        Assert.Equal([(0, 1), (0, 2), (0, 3)], TimeWindows.Pairs(4, WindowMode.FixedReference));
        Assert.Equal([(2, 0), (2, 1), (2, 3)], TimeWindows.Pairs(4, WindowMode.FixedReference, reference: 2));
    }

    [Fact]
    public void OneWindow_ThrowsAskingForMore()
    {
        var e = Assert.Throws<DriftException>(() => TimeWindows.Pairs(1, WindowMode.Consecutive));

        Assert.Contains("at least two", e.Message);
    }

    [Fact]
    public void ReferenceOutOfRange_Throws()
    {
        var e = Assert.Throws<DriftException>(() => TimeWindows.Pairs(3, WindowMode.FixedReference, reference: 3));

        Assert.Contains("one of the 3 windows", e.Message);
    }
}
