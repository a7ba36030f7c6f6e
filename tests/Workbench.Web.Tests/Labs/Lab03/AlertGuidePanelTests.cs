using Bunit;
using Workbench.Ml.Profiling;
using Workbench.Web.Labs.Lab03;
using MissingValues = Workbench.Ml.Profiling.MissingValues;

namespace Workbench.Web.Tests.Labs.Lab03;

public class AlertGuidePanelTests : WebTestContext
{
    private static DatasetProfile WithAlerts(params ProfileAlert[] alerts) => new("people",
        new ProfileOverview(Rows: 10, ColumnCount: 0, MissingCells: 0, MissingShare: 0, DuplicateRows: 0,
            DuplicateShare: 0, SizeBytes: 0, new Dictionary<string, int>()),
        alerts, [], [], new MissingValues([], [], []), new SampleRows([], []), new SampleRows([], []), []);

    private static Dictionary<string, string> HereColumn(IRenderedComponent<AlertGuidePanel> cut) =>
        cut.FindAll("#alert-guide tbody tr").ToDictionary(
            r => r.QuerySelector("code")!.TextContent, r => r.QuerySelectorAll("td")[1].TextContent.Trim());

    [Fact]
    public void Profile_CountsItsAlertsPerKind()
    {
        var cut = Render<AlertGuidePanel>(p => p.Add(c => c.Profile, WithAlerts(
            new("MISSING", "a", "a is missing"), new("MISSING", "b", "b is missing"), new("SKEWED", "c", "c is skewed"))));

        var here = HereColumn(cut);
        Assert.Equal("2", here["MISSING"]);
        Assert.Equal("1", here["SKEWED"]);
        Assert.Equal("–", here["CONSTANT"]);
        Assert.Contains("3 alerts of 2 kinds", cut.Find("#alert-guide-summary").TextContent);
    }

    [Fact]
    public void NoProfile_ShowsTheGuideWithAHint()
    {
        var cut = Render<AlertGuidePanel>();

        Assert.Equal(AlertGuide.Kinds.Count, cut.FindAll("#alert-guide tbody tr").Count);
        Assert.All(HereColumn(cut).Values, Assert.Empty);
        Assert.NotNull(cut.Find("#alert-guide-hint"));
    }

    [Fact]
    public void Thresholds_ComeFromTheProfilerDefaults()
    {
        var when = AlertGuide.Kinds.ToDictionary(k => k.Kind, k => k.When);

        Assert.Contains("more than 1 %", when["MISSING"]);
        Assert.Contains("more than 50 distinct", when["HIGH_CARDINALITY"]);
        Assert.Contains("|r| ≥ 0.9", when["HIGH_CORRELATION"]);
        Assert.Contains("above 20", when["SKEWED"]);
    }
}
