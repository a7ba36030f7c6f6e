using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.E2E;

/// <summary>Two browser sessions (own contexts, own circuits) run drift, profiling and training at the same time: each
/// job belongs to its tab, so neither cancels the other and each tab sees its own result.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TwoSessionsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TwoSessions_RunDriftProfilingAndTrainingAtOnceAndEachSeesItsOwnResult()
    {
        await using var a = await fixture.NewPageAsync();
        await using var b = await fixture.NewPageAsync();

        // Drift: the same kind of job (and once the same key) in both tabs, with different windows.
        await Task.WhenAll(a.GotoAsync("/drift?dataset=seattle-weather&windows=year"), b.GotoAsync("/drift?dataset=seattle-weather&windows=month"));
        await a.Page.Locator("#drift-window-summary").GetByText("4 windows").WaitForAsync();
        var monthSummary = await WaitForTextAsync(b.Page, "#drift-window-summary", "windows");
        int months = int.Parse(WindowCount().Match(monthSummary).Groups[1].Value);
        Assert.True(months > 4, monthSummary);
        await Task.WhenAll(a.Page.Locator("#drift-run").ClickAsync(), b.Page.Locator("#drift-run").ClickAsync());
        await Task.WhenAll(a.Page.Locator("#drift-series-chart .main-svg").First.WaitForAsync(new() { Timeout = 60_000 }),
            b.Page.Locator("#drift-series-chart .main-svg").First.WaitForAsync(new() { Timeout = 60_000 }));
        Assert.Equal(3, await a.Page.Locator("#drift-series-table tbody tr").CountAsync());
        Assert.Equal(months - 1, await b.Page.Locator("#drift-series-table tbody tr").CountAsync());

        // Profiling: one computation shared by both tabs; one tab's Cancel withdraws only its own interest.
        // A million rows take seconds to profile, far longer than the two tabs take to open the page together.
        await fixture.Server.Services.GetRequiredService<IDatasetStore>().SaveAsync("two_tabs", Table(1_000_000), "test");
        await Task.WhenAll(a.GotoAsync("/datasets/two_tabs/profile"), b.GotoAsync("/datasets/two_tabs/profile"));
        await Task.WhenAll(a.Page.Locator("#profile-job-cancel").WaitForAsync(), b.Page.Locator("#profile-job-cancel").WaitForAsync());
        await a.Page.Locator("#profile-job-cancel").ClickAsync();
        await WaitForTextAsync(a.Page, "#profile-message", "Profiling was cancelled");
        await b.Page.Locator("#overview-cards").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("1,000,000", await b.Page.Locator("#overview-cards").TextContentAsync() ?? "");
        // The other tab asks again: the profile is cached now.
        await a.Page.Locator("#profile-start").ClickAsync();
        await a.Page.Locator("#overview-cards").WaitForAsync();
        Assert.Contains("1,000,000", await a.Page.Locator("#overview-cards").TextContentAsync() ?? "");

        // Training: both start a run at once and each lands on its own run.
        await Task.WhenAll(a.GotoAsync("/experiments/train"), b.GotoAsync("/experiments/train"));
        await Task.WhenAll(PrepareTrainingAsync(a.Page, "two-tabs-a"), PrepareTrainingAsync(b.Page, "two-tabs-b"));
        await Task.WhenAll(a.Page.Locator("#train-start").ClickAsync(), b.Page.Locator("#train-start").ClickAsync());
        await Task.WhenAll(a.Page.WaitForURLAsync(RunUrl(), new() { Timeout = 90_000 }), b.Page.WaitForURLAsync(RunUrl(), new() { Timeout = 90_000 }));
        Assert.NotEqual(a.Page.Url, b.Page.Url);
        foreach (var (session, name) in new[] { (a, "two-tabs-a"), (b, "two-tabs-b") })
        {
            await session.Page.Locator("#run-metrics-table").WaitForAsync();
            Assert.Contains("Finished", await session.Page.Locator("#run-status").TextContentAsync() ?? "");
            Assert.Contains(name, await session.Page.ContentAsync());
        }
        Assert.Empty(a.Errors);
        Assert.Empty(b.Errors);
    }

    private static TabularData Table(int rows) => new("two_tabs", [
        DataColumn.Numeric("x", ColumnType.Real, Enumerable.Range(0, rows).Select(i => Math.Sin(i * 0.001) * 100).ToArray()),
        DataColumn.Numeric("y", ColumnType.Real, Enumerable.Range(0, rows).Select(i => (i * 7919 % 10007) / 3.0).ToArray()),
        DataColumn.Text("k", ColumnType.Categorical, Enumerable.Range(0, rows).Select(i => "k" + i % 17).ToArray<string?>()),
    ]);

    private static async Task PrepareTrainingAsync(IPage page, string runName)
    {
        await page.Locator("#train-dataset").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "german-credit" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#train-data').textContent.includes(\"'class' has exactly 2 distinct values\")");
        await page.Locator("#train-run-name").FillAsync(runName);
    }

    private static async Task<string> WaitForTextAsync(IPage page, string selector, string text)
    {
        await page.WaitForFunctionAsync("([s, t]) => document.querySelector(s)?.textContent.includes(t)", new object[] { selector, text });
        return await page.Locator(selector).TextContentAsync() ?? "";
    }

    [GeneratedRegex(@"(\d+) windows")]
    private static partial Regex WindowCount();

    [GeneratedRegex("/runs/[0-9a-f]{12}$")]
    private static partial Regex RunUrl();
}
