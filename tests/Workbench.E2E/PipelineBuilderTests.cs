using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Workspace.Pipelines;

namespace Workbench.E2E;

/// <summary>The pipeline builder in a real browser: build impute + scale + one-hot on penguins, preview it, see the
/// before/after chart drawn and the fitted parameters, save it, reload the page and find it again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PipelineBuilderTests(BrowserFixture fixture)
{
    private const string Name = "penguins-e2e";

    [Fact]
    public async Task ImputeScaleOneHot_PreviewsSavesAndSurvivesReload()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/pipelines");
        await page.Locator("#preview-no-dataset").WaitForAsync();
        await page.Locator("#steps-empty").WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "pipelines-empty");

        await ChooseAsync(page, "#pipeline-dataset", "penguins");
        await ChooseAsync(page, "#pipeline-label", "species");
        await page.Locator("#add-step-impute").ClickAsync();
        await page.Locator("#step-0-columns-all").ClickAsync();
        await page.Locator("#add-step-scale").ClickAsync();
        await page.Locator("#step-1-columns-all").ClickAsync();
        await page.Locator("#add-step-one-hot").ClickAsync();
        await page.Locator("#step-2-columns .col-chip", new() { HasText = "island" }).ClickAsync();
        await page.Locator("#step-2-columns .col-chip", new() { HasText = "sex" }).ClickAsync();

        await page.Locator("#pipeline-preview").ClickAsync();
        await page.Locator("#preview-rows").WaitForAsync();
        await page.Locator("#preview-before-after .main-svg").First.WaitForAsync();
        var header = await page.Locator("#preview-rows thead").TextContentAsync() ?? "";
        Assert.Contains("island_Dream", header);
        Assert.DoesNotContain("species", header);
        Assert.Contains("Standard deviation", await page.Locator("#fitted-1").TextContentAsync() ?? "");
        Assert.Contains("Biscoe", await page.Locator("#fitted-2").TextContentAsync() ?? "");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "pipelines-preview");
        await ChooseAsync(page, "#preview-column", "island");
        await page.Locator("#preview-chart-note", new() { HasText = "island_Biscoe" }).WaitForAsync();
        await page.Locator("#preview-before-after .main-svg").First.WaitForAsync();
        await page.Locator("#preview-before-after").ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "pipelines-onehot-chart.png") });

        await page.Locator("#pipeline-name").FillAsync(Name);
        await page.Locator("#pipeline-save").ClickAsync();
        await page.Locator("#pipeline-message", new() { HasText = "Saved" }).WaitForAsync();
        var saved = await fixture.Server.Services.GetRequiredService<IPipelineStore>().GetAsync(Name);
        Assert.NotNull(saved);
        Assert.Equal(["impute", "scale", "one_hot"], saved.Spec.Steps.Select(s => s.Kind));
        Assert.Equal(("penguins", "species"), (saved.Dataset, saved.Label));

        await session.GotoAsync("/pipelines");
        await page.Locator("#saved-pipelines .saved-name", new() { HasText = Name }).WaitForAsync();
        var row = page.Locator("#saved-pipelines tbody tr", new() { HasText = Name });
        await row.Locator("button", new() { HasText = "Load" }).ClickAsync();
        await page.Locator("#step-2").WaitForAsync();
        Assert.Equal(3, await page.Locator("#step-list > .mud-paper").CountAsync());

        await page.Locator("#theme-toggle").ClickAsync();
        await page.Locator("#pipeline-preview").ClickAsync();
        await page.Locator("#preview-before-after .main-svg").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "pipelines-preview-dark");
        await page.Locator("label", new() { Has = page.Locator("#presenter-switch") }).First.ClickAsync();
        await page.Locator("#preview-before-after .main-svg").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "pipelines-presenter-dark");
        await page.Locator("label", new() { Has = page.Locator("#presenter-switch") }).First.ClickAsync();
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Empty(session.Errors);
    }

    // Opens a MudSelect (its input carries the id, and is hidden once a value is shown) and picks the item with that text.
    private static async Task ChooseAsync(IPage page, string selector, string item)
    {
        await page.Locator(".mud-select", new() { Has = page.Locator(selector) }).Locator(".mud-input-control").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
