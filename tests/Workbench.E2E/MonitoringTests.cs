using Microsoft.Playwright;

namespace Workbench.E2E;

/// <summary>The monitoring page end to end: the one-click instructor demo (small sizes) writes the data, trains and
/// registers the model and runs the monthly monitor; the dashboard draws the PSI chart and lists the alerts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MonitoringTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OneClickDemo_DrawsPsiChartAndListsAlerts()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/monitoring?demo-rows=3000&demo-reference-rows=1500");
        await page.Locator("#monitor-demo-run").WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "monitoring-empty-light");

        await page.Locator("#monitor-demo-run").ClickAsync();
        await page.Locator("#monitor-job").WaitForAsync();
        await page.Locator("#monitor-psi .main-svg").First.WaitForAsync(new() { Timeout = 180_000 });
        await page.Locator("#monitor-demo-done").WaitForAsync();

        Assert.Contains("loan-default demo", await page.Locator("#monitor-title").TextContentAsync() ?? "");
        Assert.Equal("12", (await page.Locator("#monitor-kpi-batches").TextContentAsync())?.Trim());
        Assert.True(await page.Locator("#monitor-alerts tbody tr").CountAsync() >= 1);
        // The PSI chart draws the monthly series, its threshold lines and the alert markers.
        Assert.True(await page.Locator("#monitor-psi .scatterlayer .trace").CountAsync() >= 3);
        Assert.Contains("salary", await page.Locator("#monitor-alerts").TextContentAsync() ?? "");
        await page.WaitForTimeoutAsync(500);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "monitoring-report-light");
        await page.Locator("#monitor-alerts").ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "monitoring-alerts-light.png") });

        // Back to August: the concept drift of September is not known yet, and no performance alert is listed.
        await page.Locator("#monitor-now-panel input[type=range]").FocusAsync();
        for (var i = 0; i < 4; i++) await page.Keyboard.PressAsync("ArrowLeft");
        await page.Locator("#monitor-now").GetByText("8").WaitForAsync();
        Assert.DoesNotContain("roc_auc", await page.Locator("#monitor-alerts").TextContentAsync() ?? "");
        Assert.Contains("Labels have arrived up to 2024-07", await page.Locator("#monitor-known").TextContentAsync() ?? "");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "monitoring-report-august-light");
        await page.Locator("#monitor-now-panel").ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "monitoring-now-august.png") });

        await page.Locator("#theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(800);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "monitoring-report-dark");
        await page.Locator("#theme-toggle").ClickAsync();

        await page.Locator("#presenter-switch").ClickAsync();
        await page.WaitForTimeoutAsync(800);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "monitoring-report-presenter");
        await page.Locator("#presenter-switch").ClickAsync();

        // The form folds away above a report; opened, it offers the registered model with its alias.
        await page.Locator("#monitor-new .mud-expand-panel-header").ClickAsync();
        await page.Locator("#monitor-setup").WaitForAsync();
        Assert.Contains("champion (v1)", await page.Locator("#monitor-setup").TextContentAsync() ?? "");
        await page.Locator("#monitor-new").ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "monitoring-setup-light.png") });
        Assert.Empty(session.Errors);
    }
}
