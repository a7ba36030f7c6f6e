using Microsoft.Playwright;

namespace Workbench.E2E;

/// <summary>A browser page with the errors it saw: console errors, page errors and failed (4xx/5xx) requests.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string baseUrl;

    public PageSession(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
        this.baseUrl = baseUrl;
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") Errors.Add($"console: {m.Text}"); };
        page.PageError += (_, e) => Errors.Add($"page error: {e}");
        page.Response += (_, r) => { if (r.Status >= 400) Errors.Add($"HTTP {r.Status} {r.Url}"); };
        page.Dialog += async (_, d) => { Errors.Add($"unexpected dialog: {d.Message}"); await d.DismissAsync(); };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>Opens a path and waits until the Blazor circuit is interactive (the layout sets data-interactive).</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(baseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Page.WaitForSelectorAsync("[data-interactive='true']", new() { Timeout = 30_000 });
    }

    public async Task ScreenshotAsync(string folder, string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
