using Bunit;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Web.Datasets;
using Workbench.Workspace.Datasets;
using FilterOperator = Workbench.Workspace.Datasets.FilterOperator;

namespace Workbench.Web.Tests.Datasets;

public class DatasetBrowserPageTests : ComponentTestContext
{
    private const string Hostile = "<script>alert(1)</script>";

    public DatasetBrowserPageTests()
    {
        Store.Datasets.Add(FakeDatasetStore.Info("people",
            new ColumnInfo("age", ColumnType.Integer, 1), new ColumnInfo(Hostile, ColumnType.Text, 0)));
        Store.Pages = r => new DataPage(["age", Hostile], [["42", "<b>bold</b>"], [null, "x"]], 2);
    }

    private IRenderedComponent<DatasetBrowserPage> RenderPage() =>
        RenderWithPopovers<DatasetBrowserPage>(p => p.Add(x => x.Name, "people"));

    [Fact]
    public void FirstPage_IsRequestedFromTheStore()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.NotEmpty(Store.PageRequests));
        var request = Store.PageRequests[^1];
        Assert.Equal(0, request.Offset);
        Assert.Equal(25, request.Limit);
        Assert.Null(request.SortColumn);
        Assert.Empty(request.Filters ?? []);
    }

    [Fact]
    public void AppliedFilter_ReachesTheStoreAsColumnFilter()
    {
        var cut = RenderPage();
        cut.Click("#filter-add");

        var bar = cut.FindComponent<FilterBar>();
        var op = bar.FindComponents<MudSelect<FilterOperator>>()[0];
        cut.InvokeAsync(() => op.Instance.ValueChanged.InvokeAsync(FilterOperator.GreaterOrEqual));
        var value = bar.FindComponent<MudTextField<string>>();
        cut.InvokeAsync(() => value.Instance.ValueChanged.InvokeAsync("18"));
        cut.Click("#filter-apply");

        cut.WaitForAssertion(() => Assert.Equal(
            [new ColumnFilter("age", FilterOperator.GreaterOrEqual, "18")], Store.PageRequests[^1].Filters!));
    }

    [Fact]
    public void InvalidFilterValue_ShowsMessageAndDoesNotQuery()
    {
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.NotEmpty(Store.PageRequests));
        var before = Store.PageRequests.Count;
        cut.Click("#filter-add");
        var value = cut.FindComponent<FilterBar>().FindComponent<MudTextField<string>>();
        cut.InvokeAsync(() => value.Instance.ValueChanged.InvokeAsync("forty"));
        cut.Click("#filter-apply");

        cut.WaitForAssertion(() => Assert.Contains("not a whole number", cut.Find("#filter-error").TextContent));
        Assert.Equal(before, Store.PageRequests.Count);
    }

    [Fact]
    public void HostileColumnNameAndValues_AreShownAsText()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("<b>bold</b>", cut.Find("#browse-grid").TextContent));
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("#browse-grid b"));
        Assert.Contains(Hostile, cut.Find("#browse-schema").TextContent);
    }
}
