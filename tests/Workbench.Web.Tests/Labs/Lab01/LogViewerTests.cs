using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workbench.Web.Labs.Lab01;
using Workbench.Workspace.Logging;

namespace Workbench.Web.Tests.Labs.Lab01;

public class LogViewerTests : WebTestContext
{
    private async Task WriteEntriesAsync()
    {
        var provider = Services.GetRequiredService<WorkspaceLoggerProvider>();
        var logger = provider.CreateLogger("Workbench.Tests.Importer");
        logger.LogInformation("Imported penguins");
        await Task.Delay(20);
        logger.LogWarning("Refused <script>alert(1)</script>");
        await provider.FlushAsync();
    }

    private static List<string> Messages(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut) =>
        cut.FindAll("#log-table tbody tr").Select(tr => tr.Children[3].TextContent.Trim()).ToList();

    [Fact]
    public async Task Entries_ShowNewestFirstAsText()
    {
        await WriteEntriesAsync();
        var cut = RenderWithProviders<LogViewer>();

        cut.WaitForAssertion(() => Assert.Equal(2, Messages(cut).Count(m => m.Contains("penguins") || m.Contains("Refused"))));
        var ours = Messages(cut).Where(m => m.Contains("penguins") || m.Contains("Refused")).ToList();
        Assert.Equal("Refused <script>alert(1)</script>", ours[0]);
        Assert.Empty(cut.Find("#log-table").QuerySelectorAll("script"));
    }

    [Fact]
    public async Task TextSearch_FiltersEntries()
    {
        await WriteEntriesAsync();
        var cut = RenderWithProviders<LogViewer>();
        cut.WaitForAssertion(() => Assert.Contains(Messages(cut), m => m.Contains("penguins")));

        cut.Find("input#log-search").Input("penguins");

        cut.WaitForAssertion(() => Assert.Equal(["Imported penguins"], Messages(cut)), TimeSpan.FromSeconds(5));
    }
}
