using Workbench.Ml.Scenarios;
using Workbench.Web.Scenarios;

namespace Workbench.Web.Tests.Scenarios;

public class ScenarioDraftTests
{
    [Theory]
    [InlineData("no-drift")]
    [InlineData("sudden-covariate")]
    [InlineData("gradual-concept")]
    [InlineData("prior")]
    [InlineData("data-quality")]
    public void Preset_SurvivesTheRoundTripThroughTheForm(string key)
    {
        var options = LoanScenarioPresets.Find(key).Apply(new LoanScenarioOptions { Rows = 1234, Seed = 5, Days = 200 });

        Assert.Equal(options, ScenarioDraft.From(options).ToOptions());
    }

    [Fact]
    public void Days_CountFromOne()
    {
        var draft = new ScenarioDraft { StartDate = new DateTime(2025, 3, 1), PriorOn = true, PriorStartDay = 1 };

        Assert.Equal(new DateOnly(2025, 3, 1), draft.ToOptions().Prior!.Start);
        Assert.Equal(new DateOnly(2025, 3, 10), draft.DateOf(10));
    }

    [Fact]
    public void DayOutsideThePeriod_IsNamedWithTheRange()
    {
        var draft = new ScenarioDraft { Days = 100, UnitOn = true, UnitStartDay = 150 };

        Assert.Equal("Unit change start is day 150, outside the period; use a day from 1 to 100.", draft.DayProblem());
    }
}
