using Bunit;
using Workbench.Web.DriftLab;

namespace Workbench.Web.Tests.DriftLab;

public class DriftLabPageTests : WebTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public void Opening_ShowsTheTeachingTextAndTheEmptyState()
    {
        var cut = RenderWithProviders<DriftLabPage>();

        Assert.Contains("Distance tests have no p-value: their threshold decides the false-alarm rate, which depends on n.", cut.Find("#lab-teaching").TextContent);
        Assert.NotNull(cut.Find("#lab-empty"));
    }

    [Fact]
    public void SmallExperiment_ShowsChartsAndTablePerCorrection()
    {
        var cut = RenderWithProviders<DriftLabPage>();
        cut.Find("#lab-sizes").Change("30, 300");
        cut.Find("#lab-reps").Change("20");
        cut.Find("#lab-columns").Change("3");

        cut.Click("#lab-run");

        cut.WaitForAssertion(() => Assert.Equal(12, cut.FindAll("#lab-table tbody tr").Count), Wait);
        Assert.NotNull(cut.Find("#lab-power-chart"));
        Assert.NotNull(cut.Find("#lab-alarm-chart"));
        var first = cut.FindAll("#lab-table tbody tr")[0].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["ks", "30", "none"], first.Take(3));
        Assert.Contains("3 tested column(s)", cut.Markup);
        Assert.StartsWith("data:text/csv", cut.Find("#lab-csv").GetAttribute("href"));

        cut.FindAll("#lab-correction .mud-toggle-item")[2].Click();

        cut.WaitForAssertion(() => Assert.Equal("bh", cut.FindAll("#lab-table tbody tr")[0].Children[2].TextContent.Trim()), Wait);
    }

    [Fact]
    public void BadSizes_AreExplainedAndNothingRuns()
    {
        var cut = RenderWithProviders<DriftLabPage>();
        cut.Find("#lab-sizes").Change("10, ten");

        cut.Click("#lab-run");

        Assert.Contains("'ten' is not a whole number", cut.Find("#lab-problem").TextContent);
        Assert.Empty(cut.FindAll("#lab-job"));
    }
}
