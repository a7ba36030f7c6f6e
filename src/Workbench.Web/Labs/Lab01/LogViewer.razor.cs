using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Web.Shared;
using Workbench.Workspace.Logging;

namespace Workbench.Web.Labs.Lab01;

/// <summary>A viewer of the workbench's structured log (ILogStore) with filters and optional auto-refresh.</summary>
public partial class LogViewer
{
    /// <summary>Seconds between automatic refreshes.</summary>
    public const int RefreshSeconds = 3;

    /// <summary>The most entries shown at once.</summary>
    public const int Limit = 500;

    private static readonly string[] AllLevels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical"];

    [Inject] private ILogStore Log { get; set; } = default!;
    [Inject] private ActionRunner Actions { get; set; } = default!;

    private IReadOnlyList<LogEntry> entries = [];
    private IReadOnlyList<string> sources = [];
    private IReadOnlyCollection<string> levels = ["Information", "Warning", "Error", "Critical"];
    private string? source;
    private string? search;
    private int rangeMinutes = 60;
    private bool autoRefresh;
    private CancellationTokenSource? timer;

    protected override Task OnInitializedAsync() => RefreshAsync();

    private async Task RefreshAsync() => await Actions.RunAsync("read the workbench log", async () =>
    {
        var from = rangeMinutes > 0 ? DateTimeOffset.UtcNow.AddMinutes(-rangeMinutes) : (DateTimeOffset?)null;
        var query = new LogQuery(levels.ToList(), source, from, null, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), Limit);
        entries = await Log.QueryAsync(query);
        sources = await Log.SourcesAsync();
    });

    private Task OnLevelsChanged(IReadOnlyCollection<string>? value) { levels = value?.ToList() ?? []; return RefreshAsync(); }
    private Task OnSourceChanged(string? value) { source = value; return RefreshAsync(); }
    private Task OnRangeChanged(int value) { rangeMinutes = value; return RefreshAsync(); }
    private Task OnSearchChanged(string? value) { search = value; return RefreshAsync(); }

    private void SetAutoRefresh(bool on)
    {
        autoRefresh = on;
        timer?.Cancel();
        timer = null;
        if (on)
        {
            timer = new CancellationTokenSource();
            _ = RefreshLoopAsync(timer.Token);
        }
    }

    private async Task RefreshLoopAsync(CancellationToken token)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(RefreshSeconds));
        try
        {
            while (await ticks.WaitForNextTickAsync(token))
                await InvokeAsync(async () => { await RefreshAsync(); StateHasChanged(); });
        }
        catch (OperationCanceledException)
        {
            // The switch was turned off or the page closed.
        }
    }

    /// <summary>The last part of a logger category, e.g. "DatasetStore".</summary>
    internal static string ShortSource(string source) => source[(source.LastIndexOf('.') + 1)..];

    private static Color LevelColor(string level) => level switch
    {
        "Critical" or "Error" => Color.Error,
        "Warning" => Color.Warning,
        "Information" => Color.Info,
        _ => Color.Default,
    };

    public void Dispose() => timer?.Cancel();
}
