using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Ml.Training;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.E2E;

/// <summary>The training flow of lab 06 in a real browser: pick a built-in dataset, train, see the metrics and curves
/// drawn, find the run in the runs table, compare, register; and every experiment page in light and dark themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingFlowTests(BrowserFixture fixture)
{
    private ITrackingStore Tracking => fixture.Server.Services.GetRequiredService<ITrackingStore>();

    [Fact]
    public async Task TrainOnGermanCredit_ShowsMetricsAndCurvesAndTheRunIsInTheTable()
    {
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/experiments/train");
        await ChooseAsync(page, "#train-dataset", "german-credit");
        await page.WaitForFunctionAsync("() => document.querySelector('#train-data').textContent.includes(\"'class' has exactly 2 distinct values\")");
        await page.Locator("#train-run-name").FillAsync("e2e-lightgbm");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "train-form");

        await page.Locator("#train-start").ClickAsync();
        await page.WaitForURLAsync(RunUrl(), new() { Timeout = 60_000 });
        var runId = page.Url.Split('/')[^1];
        await page.Locator("#run-metrics-table").WaitForAsync();
        Assert.Contains("Finished", await page.Locator("#run-status").TextContentAsync() ?? "");
        Assert.Contains("roc_auc", await page.Locator("#run-metrics-table").TextContentAsync() ?? "");
        await page.Locator("#cv-table tr[data-metric='roc_auc']").WaitForAsync();
        foreach (var chart in new[] { "chart-roc", "chart-pr", "chart-calibration" })
            await page.Locator($"#{chart} .main-svg").First.WaitForAsync();
        var before = await page.Locator("#cm-tp").TextContentAsync();
        await page.Locator("#threshold-panel input[type=range]").FillAsync("0.1");
        await page.WaitForFunctionAsync("b => document.querySelector('#cm-tp').textContent !== b", before);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "run-detail");

        await session.GotoAsync("/experiments");
        await page.Locator($"#runs-table tr[data-run='{runId}']").WaitForAsync();
        Assert.Contains("e2e-lightgbm", await page.Locator($"#runs-table tr[data-run='{runId}']").TextContentAsync() ?? "");
        Assert.Contains(await Tracking.ListRunsAsync(new RunQuery()), r => r.Run.Id == runId && r.Run.Source == "web");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task EveryExperimentPage_LooksFinishedInLightAndDarkThemes()
    {
        var training = fixture.Server.Services.GetRequiredService<ITrainingService>();
        var split = new SplitOptions(SplitKind.Stratified, 0.2, 0, 1);
        var runs = new List<string>();
        foreach (var (trainer, seed) in new[] { ("LightGbm", 1), ("LbfgsMaximumEntropy", 2) })
            runs.Add((await training.TrainAsync(new TrainingJobRequest("penguins",
                new TrainingRequest(TaskKind.Multiclass, "species", [], trainer, Seed: seed),
                split, 3, "e2e-penguins", $"penguins-{trainer}-{seed}"))).RunId);
        var registry = fixture.Server.Services.GetRequiredService<IModelRegistry>();
        var version = await registry.RegisterAsync("penguins-species", runs[0]);
        await registry.SetAliasAsync("penguins-species", "champion", version.Version);

        string[] paths = ["/experiments", "/experiments/train?dataset=penguins", $"/runs/{runs[0]}", $"/experiments/compare?runs={runs[0]},{runs[1]}",
            "/models", "/labs/06-model-development"];
        foreach (var dark in new[] { false, true })
        {
            await using var session = await fixture.NewPageAsync();
            await session.GotoAsync("/");
            await session.Page.EvaluateAsync($"localStorage.setItem('workbench.display', JSON.stringify({{Dark: {(dark ? "true" : "false")}, Presenter: false}}))");
            foreach (var path in paths)
            {
                await session.GotoAsync(path);
                await session.Page.Locator("h1").First.WaitForAsync();
                if (path.StartsWith("/runs/", StringComparison.Ordinal))
                    await session.Page.Locator("#chart-confusion .main-svg").First.WaitForAsync();
                if (path.StartsWith("/experiments/compare", StringComparison.Ordinal))
                    await session.Page.Locator("#chart-metric-parameter .main-svg").First.WaitForAsync();
                if (path.StartsWith("/labs/", StringComparison.Ordinal))
                {
                    await session.Page.Locator("#toy-train").ClickAsync();
                    await session.Page.Locator("#toy-regions .wb-region .main-svg").Nth(3).WaitForAsync(new() { Timeout = 60_000 });
                }
                Assert.DoesNotContain("An unhandled error", await session.Page.ContentAsync());
                var name = path.Trim('/').Split('?')[0].Replace('/', '-');
                await session.ScreenshotAsync(fixture.ScreenshotFolder, $"{(name.StartsWith("runs-") ? "runs-detail" : name)}-{(dark ? "dark" : "light")}");
            }
            Assert.Empty(session.Errors);
        }
    }

    // MudSelect: open it, then click the option in the popover.
    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        await page.Locator(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }

    [GeneratedRegex("/runs/[0-9a-f]{12}$")]
    private static partial Regex RunUrl();
}
