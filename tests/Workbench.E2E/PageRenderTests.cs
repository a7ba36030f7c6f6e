namespace Workbench.E2E;

/// <summary>Every page opens in real Chromium on the built-in datasets, becomes interactive, and shows no error.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageRenderTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/datasets", "datasets")]
    [InlineData("/datasets/penguins", "browse-penguins")]
    [InlineData("/datasets/penguins/profile", "profile-penguins")]
    [InlineData("/datasets/compare?left=penguins&right=german-credit", "compare")]
    [InlineData("/drift", "drift")]
    [InlineData("/labs/01-ml-systems", "lab01")]
    [InlineData("/labs/02-data-engineering", "lab02")]
    [InlineData("/labs/03-profiling", "lab03")]
    [InlineData("/pipelines", "pipelines")]
    [InlineData("/experiments", "experiments")]
    [InlineData("/experiments/train", "train")]
    [InlineData("/models", "models")]
    [InlineData("/drift/laboratory", "drift-laboratory")]
    [InlineData("/scenarios", "scenarios")]
    [InlineData("/monitoring", "monitoring")]
    [InlineData("/labs/05-feature-engineering", "lab05")]
    [InlineData("/labs/06-model-development", "lab06")]
    [InlineData("/labs/10-distribution-shift", "lab10")]
    public async Task Page_RendersInteractiveWithoutErrors(string path, string name)
    {
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync(path);
        await session.Page.Locator("h1").First.WaitForAsync();
        Assert.DoesNotContain("An unhandled error", await session.Page.ContentAsync());
        await session.ScreenshotAsync(fixture.ScreenshotFolder, name);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Home_ListsTheAvailableLabsWithTheirObjectives()
    {
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync("/");
        var text = await session.Page.Locator("body").TextContentAsync() ?? "";
        Assert.Contains("Profiling", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Data engineering", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(await session.Page.Locator("a[href*='labs/01-ml-systems']").CountAsync() > 0);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Lab01_DrawsTheLossCurveChart()
    {
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync("/labs/01-ml-systems");
        await session.Page.Locator(".js-plotly-plot .main-svg").First.WaitForAsync();
        Assert.Contains("0.1054", await session.Page.Locator("body").TextContentAsync() ?? "");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "lab01-chart");
        Assert.Empty(session.Errors);
    }
}
