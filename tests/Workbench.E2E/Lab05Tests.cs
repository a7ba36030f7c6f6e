using Microsoft.Playwright;

namespace Workbench.E2E;

/// <summary>Lab 05 end to end on the built-in credit-default data: the skewed column before and after Yeo-Johnson, a
/// leak shown beside the honest score, and the two course pipelines trained side by side as tracked runs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Lab05Tests(BrowserFixture fixture)
{
    private static readonly LocatorWaitForOptions Long = new() { Timeout = 240_000 };

    [Fact]
    public async Task SkewLeakAndPipelineComparison_AllShowTheirResults()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/labs/05-feature-engineering");

        await page.Locator("#lab05-skew-run").ClickAsync();
        await page.Locator("#preview-before-after .main-svg").First.WaitForAsync(Long);

        await page.Locator("#lab05-leak-run").ClickAsync();
        await page.Locator("#lab05-leak-result").WaitForAsync(Long);
        await page.Locator("#lab05-leak-chart .main-svg").First.WaitForAsync();
        Assert.Matches(@"^0\.\d{4}$", await page.Locator("#lab05-leak-honest").TextContentAsync() ?? "");

        await page.Locator("#lab05-compare-run").ClickAsync();
        await page.Locator("#lab05-comparison").WaitForAsync(Long);
        Assert.Equal(6, await page.Locator("#lab05-comparison tbody tr").CountAsync());
        // Pipeline B (Yeo-Johnson) wins on this data, as in the course.
        Assert.StartsWith("B: impute + Yeo-Johnson has the lower mean log loss", (await page.Locator("#lab05-verdict").TextContentAsync() ?? "").Trim());
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab05-results");
        Assert.Empty(session.Errors);
    }
}
