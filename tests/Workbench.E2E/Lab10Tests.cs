using Microsoft.Playwright;

namespace Workbench.E2E;

/// <summary>Lab 10 end to end: the yearly KS tests of the S&P 500 returns run in the background and draw their chart;
/// the drift page compares Seattle weather year by year; both in light and dark themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Lab10Tests(BrowserFixture fixture)
{
    [Fact]
    public async Task YearlyKs_DrawsTheChartWithCovidAsTheLargestD()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/labs/10-distribution-shift");
        await page.Locator("#lab10-returns-chart .main-svg").First.WaitForAsync();
        Assert.Contains("5,104 daily returns", await page.Locator("#lab10-returns-summary").TextContentAsync() ?? "");

        await page.Locator("#lab10-yearly-run").ClickAsync();
        await page.Locator("#lab10-yearly-result #drift-series-chart .main-svg").First.WaitForAsync();
        // The chart draws the 20 pairs, and the pair shown in detail is the one with the largest D: 2019 → 2020.
        Assert.Equal(20, await page.Locator("#lab10-yearly-result #drift-series-table tbody tr").CountAsync());
        Assert.True(await page.Locator("#lab10-yearly-result #drift-series-chart .scatterlayer .trace").CountAsync() >= 2);
        Assert.Contains("2019 → 2020", await page.Locator("#lab10-yearly-result #drift-pair-title").TextContentAsync() ?? "");
        await page.Locator("#lab10-yearly-result #drift-ecdf .main-svg").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab10-light");

        await page.Locator("#theme-toggle").ClickAsync();
        await page.Locator(".mud-theme-dark, body").First.WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab10-dark");
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task DriftPageLinkedFromTheLab_ComparesSeattleWeatherYearByYear()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/drift?dataset=seattle-weather&windows=year");
        await page.Locator("#drift-window-summary").GetByText("4 windows").WaitForAsync();

        await page.Locator("#drift-run").ClickAsync();
        await page.Locator("#drift-series-chart .main-svg").First.WaitForAsync();
        Assert.Equal(3, await page.Locator("#drift-series-table tbody tr").CountAsync());
        await page.Locator("#drift-table tbody tr").First.WaitForAsync();
        await page.Locator("#drift-histogram .main-svg").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "drift-windows-light");

        await page.Locator("#theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "drift-windows-dark");
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Empty(session.Errors);
    }
}
