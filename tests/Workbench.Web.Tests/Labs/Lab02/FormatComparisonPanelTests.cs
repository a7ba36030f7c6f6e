using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Data;
using Workbench.Web.Labs.Lab02;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Labs.Lab02;

public class FormatComparisonPanelTests : WebTestContext
{
    [Fact]
    public async Task Run_ShowsEveryFormatWithCsvFirst()
    {
        var values = Enumerable.Range(0, 200).Select(i => (double)i).ToArray();
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("numbers",
            new TabularData("numbers", [DataColumn.Numeric("x", ColumnType.Integer, values)]), "test");

        var cut = RenderWithProviders<FormatComparisonPanel>((nameof(FormatComparisonPanel.DefaultDataset), "numbers"));
        cut.WaitForAssertion(() => Assert.False(cut.Find("#formats-run").HasAttribute("disabled")));
        cut.Click("#formats-run");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#formats-table tbody tr")), TimeSpan.FromSeconds(15));
        var formats = cut.FindAll("#formats-table tbody tr").Select(tr => tr.Children[0].TextContent.Trim()).ToList();
        Assert.Equal("CSV", formats[0]);
        Assert.Equal(["CSV", "Parquet", "SQLite"], formats.Order());
        Assert.Equal("1.00×", cut.Find("#formats-table tbody tr").Children[2].TextContent.Trim());
        Assert.Contains("200 rows", cut.Markup);
    }

    [Fact]
    public void EmptyWorkspace_ShowsEmptyStateAndDisablesRun()
    {
        var cut = RenderWithProviders<FormatComparisonPanel>();
        Assert.NotNull(cut.Find("#formats-empty"));
        Assert.True(cut.Find("#formats-run").HasAttribute("disabled"));
    }
}
