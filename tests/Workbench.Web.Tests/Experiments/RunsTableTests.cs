using Bunit;
using Microsoft.AspNetCore.Components;
using Workbench.Web.Experiments;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Tests.Experiments;

public class RunsTableTests : ExperimentsTestContext
{
    public RunsTableTests()
    {
        var p = (string leaves) => new Dictionary<string, string> { ["NumberOfLeaves"] = leaves };
        Tracking.Add(FakeTrackingStore.Info("aaaaaaaaaaa1", "lgbm-31", "LightGbm"), p("31"), new RunMetric("roc_auc", 0.81, "test"), new RunMetric("log_loss", 0.47, "test"));
        Tracking.Add(FakeTrackingStore.Info("aaaaaaaaaaa2", "tree-20", "FastTree"), p("20"), new RunMetric("roc_auc", 0.78, "test"), new RunMetric("log_loss", 0.51, "test"));
        Tracking.Add(FakeTrackingStore.Info("aaaaaaaaaaa3", "baseline", "MostFrequent", RunStatus.Interrupted), new Dictionary<string, string>());
        Tracking.Add(FakeTrackingStore.Info("aaaaaaaaaaa4", "fold 1", "LightGbm", parent: "aaaaaaaaaaa1"), p("31"), new RunMetric("roc_auc", 0.8, "test"));
    }

    private static List<string> RunIds(IRenderedComponent<IComponent> cut) =>
        cut.FindAll("#runs-table tbody tr[data-run]").Select(r => r.GetAttribute("data-run")!).ToList();

    [Fact]
    public void Table_ShowsTopLevelRunsWithStatusChipsAndNestedCount()
    {
        var cut = RenderWithProviders<ExperimentsPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, RunIds(cut).Count));
        Assert.Contains("Interrupted", cut.Find("tr[data-run='aaaaaaaaaaa3'] .wb-status").TextContent);
        Assert.Contains("1 nested", cut.Find("tr[data-run='aaaaaaaaaaa1']").TextContent);
        cut.Click("tr[data-run='aaaaaaaaaaa1'] .wb-run-expand");
        Assert.Contains("aaaaaaaaaaa4", RunIds(cut));
    }

    [Fact]
    public void FilterText_KeepsMatchingRunsOnly()
    {
        var cut = RenderWithProviders<ExperimentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, RunIds(cut).Count));

        cut.Find("#runs-filter").Input("fasttree");

        cut.WaitForAssertion(() => Assert.Equal(["aaaaaaaaaaa2"], RunIds(cut)));
        cut.Find("#runs-filter").Input("NumberOfLeaves=31");
        cut.WaitForAssertion(() => Assert.Equal(["aaaaaaaaaaa1"], RunIds(cut)));
    }

    [Fact]
    public void ColumnChooser_AddsAParameterColumnAndSortsByIt()
    {
        var cut = RenderWithProviders<ExperimentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, RunIds(cut).Count));
        Assert.DoesNotContain(cut.FindAll("#runs-table th"), th => th.GetAttribute("data-sort") == "param:NumberOfLeaves");

        cut.Click("#runs-columns");
        cut.Find("[data-column='param:NumberOfLeaves'] input").Change(true);

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("#runs-table th"), th => th.GetAttribute("data-sort") == "param:NumberOfLeaves"));
        cut.Click("th[data-sort='param:NumberOfLeaves']");
        Assert.Equal(["aaaaaaaaaaa3", "aaaaaaaaaaa2", "aaaaaaaaaaa1"], RunIds(cut)); // ascending, missing first
        Assert.Equal("31", cut.Find("tr[data-run='aaaaaaaaaaa1']").Children[^2].TextContent.Trim());
    }

    [Fact]
    public void SelectingTwoRuns_EnablesTheCompareLinkWithBothIds()
    {
        var cut = RenderWithProviders<ExperimentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, RunIds(cut).Count));
        Assert.True(cut.Find("#runs-compare").HasAttribute("disabled"));

        cut.Find("tr[data-run='aaaaaaaaaaa1'] input[type=checkbox]").Change(true);
        cut.Find("tr[data-run='aaaaaaaaaaa2'] input[type=checkbox]").Change(true);

        cut.WaitForAssertion(() => Assert.Equal("/experiments/compare?runs=aaaaaaaaaaa1,aaaaaaaaaaa2", cut.Find("#runs-compare").GetAttribute("href")));
    }

    [Fact]
    public void StatusFilterAndDelete_Work()
    {
        var cut = RenderWithProviders<ExperimentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, RunIds(cut).Count));

        cut.Click("tr[data-run='aaaaaaaaaaa2'] .wb-run-delete");
        cut.Click("tr[data-run='aaaaaaaaaaa2'] .wb-run-delete-confirm");

        cut.WaitForAssertion(() => Assert.Equal(["aaaaaaaaaaa2"], Tracking.Deleted));
        cut.WaitForAssertion(() => Assert.Equal(2, RunIds(cut).Count));
    }

    [Fact]
    public void EmptyWorkspace_LinksToTheFormAndLab06()
    {
        Tracking.Runs.Clear();
        var cut = RenderWithProviders<ExperimentsPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#runs-empty")));
        var links = cut.FindAll("#runs-empty a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/experiments/train", links);
        Assert.Contains("/labs/06-model-development", links);
    }
}
