using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Workspace.Datasets;

namespace Workbench.E2E;

/// <summary>The scenario generator writes a dataset a student then finds in the list; the drift laboratory draws its charts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScenarioTests(BrowserFixture fixture)
{
    private IDatasetStore Store => fixture.Server.Services.GetRequiredService<IDatasetStore>();

    [Fact]
    public async Task ScenarioWrittenFromTheBrowser_IsListedWithItsRows()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/scenarios");
        await page.Locator("#scenario-preset-sudden-covariate").ClickAsync();
        await page.Locator("#scenario-rows").FillAsync("20000");
        await page.Locator("#scenario-rows").PressAsync("Tab");
        await page.Locator("#scenario-write-button").GetByText("Write 20,000 rows").WaitForAsync();
        await page.Locator("#scenario-preview .js-plotly-plot .main-svg").First.WaitForAsync();
        await page.Locator("#scenario-name").FillAsync("loans_e2e");
        await page.Locator("#scenario-name").PressAsync("Tab");
        await page.Locator("#scenario-write-button").ClickAsync();
        await page.Locator("#scenario-written").WaitForAsync(new() { Timeout = 60_000 });
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "scenarios-light");
        await page.Locator("#theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "scenarios-dark");
        await page.Locator("#theme-toggle").ClickAsync();
        await page.Locator("#scenario-preset-data-quality").ClickAsync();
        await page.Locator("#scenario-missing-share").WaitForAsync();
        await page.Locator("#scenario-preview .mud-select").First.ClickAsync();
        await page.GetByText("missing share of loan").ClickAsync();
        await page.Locator("#scenario-feature-chart .main-svg").First.WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "scenarios-data-quality");

        var saved = await Store.GetAsync("loans_e2e");
        Assert.NotNull(saved);
        Assert.Equal(20_000, saved.Rows);
        Assert.Contains("covariate sudden Salary 15000", saved.Source);
        await page.Locator("#scenario-link-browse").ClickAsync();
        await page.WaitForURLAsync("**/datasets/loans_e2e");
        await session.GotoAsync("/datasets");
        await page.Locator("#datasets-table").GetByText("loans_e2e").First.WaitForAsync();
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task SmallDriftLaboratory_DrawsItsChartsAndTable()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/drift/laboratory");
        await page.Locator("#lab-sizes").FillAsync("50, 200, 1000");
        await page.Locator("#lab-reps").FillAsync("60");
        await page.Locator("#lab-reps").PressAsync("Tab");
        await page.Locator("#lab-run").ClickAsync();
        await page.Locator("#lab-power-chart .main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("#lab-alarm-chart .main-svg").First.WaitForAsync();
        Assert.Equal(6 * 3, await page.Locator("#lab-table tbody tr").CountAsync());
        Assert.Equal("ks", (await page.Locator("#lab-table tbody tr td").First.TextContentAsync())?.Trim());
        await page.GetByText("Bonferroni").First.ClickAsync();
        await page.Locator("#lab-table tbody tr td").Nth(2).GetByText("bonferroni").WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "drift-laboratory-light");
        await page.Locator("#theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(800);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "drift-laboratory-dark");
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Empty(session.Errors);
    }
}
