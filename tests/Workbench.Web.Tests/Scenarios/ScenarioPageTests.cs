using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Scenarios;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Scenarios;

public class ScenarioPageTests : WebTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public void Opening_ShowsThePresetsTheKnobsAndAPreviewOfTheFirstRows()
    {
        var cut = RenderWithProviders<ScenarioPage>();

        Assert.Equal(5, cut.FindAll("#scenario-presets .mud-chip").Count);
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("#scenario-head tbody tr").Count), Wait);
        Assert.Equal("2024-01-01", cut.Find("#scenario-head tbody tr td").TextContent.Trim());
        Assert.NotNull(cut.Find("#scenario-rate-chart"));
        Assert.NotNull(cut.Find("#scenario-feature-chart"));
        Assert.Contains("Write 100,000 rows", cut.Find("#scenario-write-button").TextContent);
    }

    [Fact]
    public void DataQualityPreset_SwitchesOnTheFaults()
    {
        var cut = RenderWithProviders<ScenarioPage>();

        cut.Click("#scenario-preset-data-quality");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#scenario-missing-share")), Wait);
        Assert.NotNull(cut.Find("#scenario-new-level"));
        Assert.NotNull(cut.Find("#scenario-unit-start"));
        Assert.Empty(cut.FindAll("#scenario-covariate-size"));
    }

    [Fact]
    public void DayOutsideThePeriod_ShowsTheProblemAndBlocksWriting()
    {
        var cut = RenderWithProviders<ScenarioPage>();
        cut.Click("#scenario-preset-prior");

        cut.Find("#scenario-days").Change("100");

        cut.WaitForAssertion(() => Assert.Contains("Prior drift start is day 183, outside the period; use a day from 1 to 100.", cut.Find("#scenario-problem").TextContent), Wait);
        Assert.True(cut.Find("#scenario-write-button").HasAttribute("disabled"));
    }

    [Fact]
    public void InvalidName_IsExplainedAndBlocksWriting()
    {
        var cut = RenderWithProviders<ScenarioPage>();

        cut.Find("#scenario-name").Input("2loans");

        cut.WaitForAssertion(() => Assert.Contains("not a valid dataset name", cut.Markup), Wait);
        Assert.True(cut.Find("#scenario-write-button").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Write_SavesTheDatasetAndLinksToItsPages()
    {
        var cut = RenderWithProviders<ScenarioPage>();
        cut.Find("#scenario-rows").Change("3000");
        cut.Find("#scenario-name").Input("loans_test");
        cut.WaitForAssertion(() => Assert.Contains("Write 3,000 rows", cut.Find("#scenario-write-button").TextContent), Wait);

        cut.Click("#scenario-write-button");

        cut.WaitForAssertion(() => Assert.Contains("Wrote loans_test: 3,000 rows.", cut.Find("#scenario-written").TextContent), Wait);
        Assert.Equal("/datasets/loans_test/profile", cut.Find("#scenario-link-profile").GetAttribute("href"));
        var info = await Services.GetRequiredService<IDatasetStore>().GetAsync("loans_test");
        Assert.Equal(3000, info!.Rows);
    }
}
