using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Data;
using Workbench.Web.Labs.Lab02;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Labs.Lab02;

public class SqlConsolePanelTests : WebTestContext
{
    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderConsole() =>
        RenderWithProviders<SqlConsolePanel>((nameof(SqlConsolePanel.ExampleDataset), "hostile"));

    private void ClickChip(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string text) =>
        cut.FindAll("#sql-examples .mud-chip").First(c => c.TextContent.Contains(text)).Click();

    private async Task SaveHostileAsync()
    {
        var store = Services.GetRequiredService<IDatasetStore>();
        var data = new TabularData("hostile", [
            DataColumn.Text("<b>name</b>", ColumnType.Text, ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>"]),
            DataColumn.Numeric("score", ColumnType.Real, [1.5, 2.5])]);
        await store.SaveAsync("hostile", data, "test");
    }

    [Fact]
    public async Task Write_IsRefusedWithMessage()
    {
        await SaveHostileAsync();
        var cut = RenderConsole();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("#sql-examples .mud-chip"), c => c.TextContent.Contains("Try a write")));

        ClickChip(cut, "Try a write");
        cut.Click("#sql-run");

        cut.WaitForAssertion(() => Assert.Contains("read-only", cut.Find("#sql-error").TextContent), TimeSpan.FromSeconds(5));
        Assert.Empty(cut.FindAll("#sql-result"));
        Assert.Equal(2, (await Services.GetRequiredService<IDatasetStore>().GetAsync("hostile"))!.Rows);
    }

    [Fact]
    public void Attach_IsRefusedWithMessage()
    {
        var cut = RenderConsole();
        ClickChip(cut, "Try ATTACH");
        cut.Click("#sql-run");
        cut.WaitForAssertion(() => Assert.Contains("ATTACH", cut.Find("#sql-error").TextContent, StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task HtmlInData_RendersAsText()
    {
        await SaveHostileAsync();
        var cut = RenderConsole();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("#sql-examples .mud-chip"), c => c.TextContent.Contains("First rows")));

        ClickChip(cut, "First rows");
        cut.Click("#sql-run");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#sql-result tbody tr")), TimeSpan.FromSeconds(5));
        var table = cut.Find("#sql-result");
        Assert.Empty(table.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", table.TextContent);
        Assert.Contains("<b>name</b>", table.TextContent);
    }

    [Fact]
    public void LongValue_IsCutWithItsFullLengthShown()
    {
        var cut = RenderConsole();
        cut.Find("textarea#sql-text").Input("SELECT printf('%.5000c', 'x') AS big, 'short' AS small");
        cut.Click("#sql-run");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#sql-result tbody tr")), TimeSpan.FromSeconds(5));
        var cells = cut.FindAll("#sql-result tbody td");
        Assert.Equal(new string('x', 1000), cells[0].QuerySelector(".wb-cell-text")!.TextContent);
        Assert.Contains("of 5,000 characters", cells[0].QuerySelector(".wb-cut")!.TextContent);
        Assert.Null(cells[1].QuerySelector(".wb-cut"));
        Assert.Contains("1 long value is cut to 1,000 characters", cut.Find("#sql-cut").TextContent);
    }
}
