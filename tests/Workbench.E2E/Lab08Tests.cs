using Microsoft.Playwright;

namespace Workbench.E2E;

/// <summary>Lab 08 end to end: train the starter LightGBM run from the page, compute SHAP values, pick a row and see
/// its waterfall; then partial dependence and permutation importance; light and dark themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Lab08Tests(BrowserFixture fixture)
{
    private static readonly LocatorWaitForOptions Long = new() { Timeout = 180_000 };

    [Fact]
    public async Task StarterRun_ExplainsAPickedRowWithAWaterfall()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/labs/08-explainability");

        await page.Locator("#lab08-train-starter").ClickAsync();
        await page.Locator("#lab08-run-summary").WaitForAsync(Long);
        Assert.Contains("delinquency", await page.Locator("#lab08-run-summary").TextContentAsync() ?? "");

        await page.Locator("#shap-run").ClickAsync();
        await page.Locator("#shap-waterfall .main-svg").First.WaitForAsync(Long);
        Assert.Contains("TreeSHAP", await page.Locator("#shap-method-used").TextContentAsync() ?? "");
        Assert.Contains("Row 0 ", await page.Locator("#shap-waterfall-caption").TextContentAsync() ?? "");

        await page.Locator("#shap-rows-table tbody tr").Nth(2).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#shap-waterfall-caption').textContent.includes('Row 2 ')");
        // The waterfall draws E[f(X)], ten bars and f(x); the picked row is ringed in the beeswarm.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#shap-waterfall g.point').length >= 5");
        await page.Locator("#shap-beeswarm .main-svg").First.WaitForAsync();
        Assert.True(await page.Locator("#shap-beeswarm .scatterlayer .trace").CountAsync() >= 3);
        await page.Locator("#shap-dependence .main-svg").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab08-shap-light");

        // The probability scale relabels the waterfall's axis with the model's own link (LightGBM: σ(0.5 · score)).
        await page.Locator("#shap-probability").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#shap-waterfall-caption').textContent.includes('as probabilities')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#shap-waterfall .xtick text')].some(t => t.textContent.startsWith('0.0'))");
        await page.Locator("#shap-waterfall").ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "lab08-waterfall-probability.png") });
        await page.Locator("#shap-probability").ClickAsync();

        await page.Locator("#theme-toggle").ClickAsync();
        await page.WaitForTimeoutAsync(700);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab08-shap-dark");
        await page.Locator("#theme-toggle").ClickAsync();

        await page.Locator("#pdp-run").ClickAsync();
        await page.Locator("#pdp-chart .main-svg").First.WaitForAsync(Long);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#pdp-chart .scatterlayer .trace').length > 50");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab08-pdp-light");

        // The course's two-way plot: a 50-point grid of pairs drawn as a contour.
        await page.Locator("#pdp-kind").GetByText("two columns").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#pdp-cost').textContent.includes('2,500 grid points')");
        await page.Locator("#pdp-run").ClickAsync();
        await page.Locator("#pdp-chart .contourlayer").First.WaitForAsync(Long);
        await page.Locator("#pfi-repeats").FillAsync("3");
        await page.Locator("#pfi-repeats").PressAsync("Tab");
        await page.Locator("#pfi-run").ClickAsync();
        await page.Locator("#pfi-chart .main-svg").First.WaitForAsync(Long);
        Assert.True(await page.Locator("#pfi-table tbody tr").CountAsync() >= 5);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab08-inspection-light");

        // Presenter mode: the page still shows the picked row's waterfall, larger.
        await page.Locator("#presenter-switch").ClickAsync();
        await page.Locator(".wb-presenter").First.WaitForAsync();
        await page.WaitForTimeoutAsync(700);
        Assert.Contains("Row 2 ", await page.Locator("#shap-waterfall-caption").TextContentAsync() ?? "");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab08-presenter");
        await page.Locator("#presenter-switch").ClickAsync();
        Assert.Empty(session.Errors);
    }
}
