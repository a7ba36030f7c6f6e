using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Web.Monitoring;
using Workbench.Workspace.Monitoring;

namespace Workbench.Web.Tests.Monitoring;

public class MonitoringPageTests : WebTestContext
{
    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderPage() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MonitoringPage>(2);
        builder.CloseComponent();
    });

    [Fact]
    public void EmptyWorkspace_OffersTheDemoProminently()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#monitor-no-model")));
        Assert.Single(cut.FindAll("#monitor-demo-run"));
        Assert.Contains("20,000 loan applications", cut.Find("#monitor-demo").TextContent);
    }

    [Fact]
    public async Task DeletingAMonitor_AsksFirstAndCancelKeepsIt()
    {
        var monitoring = Services.GetRequiredService<IMonitoringService>();
        await monitoring.RunDemoAsync(new MonitoringDemoRequest(StreamRows: 1_200, ReferenceRows: 600));
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#monitor-report")));
        // With a monitor shown, the demo is a secondary button that offers to reuse or regenerate.
        Assert.NotNull(cut.Find("#monitor-demo-replace"));

        await cut.InvokeAsync(() => cut.Find("#monitor-list .mud-chip-close-button").Click());
        cut.WaitForAssertion(() => Assert.Contains("Delete the monitor 'loan-default demo'", cut.Markup));
        await cut.InvokeAsync(() => cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Cancel")).Click());
        Assert.Single(await monitoring.ListAsync());

        await cut.InvokeAsync(() => cut.Find("#monitor-list .mud-chip-close-button").Click());
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-dialog button")));
        await cut.InvokeAsync(() => cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Delete")).Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#monitor-report")));
        Assert.Empty(await monitoring.ListAsync());
        Assert.NotNull(cut.Find("#monitor-demo"));
    }
}
