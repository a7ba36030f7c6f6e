using Microsoft.AspNetCore.Components;
using Workbench.Web.Shared;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>The runs table: experiments, runs with their parameters and metrics, filters, columns, compare and delete;
/// refreshes itself while runs are running.</summary>
public partial class ExperimentsPage
{
    /// <summary>How often the table reloads while a run is running.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly RunsView view = new();
    private readonly HashSet<string> selected = new(StringComparer.Ordinal);
    private IReadOnlyList<ExperimentInfo> experiments = [];
    private IReadOnlyList<RunRow> all = [];
    private ILookup<string, RunRow> children = Array.Empty<RunRow>().ToLookup(r => "");
    private IReadOnlyList<string> available = [];
    private string? experiment;
    private bool loaded;
    private Timer? timer;

    [Inject] private ITrackingStore Tracking { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>An experiment to open with (from /experiments?experiment=NAME).</summary>
    [SupplyParameterFromQuery(Name = "experiment")] public string? InitialExperiment { get; set; }

    protected override async Task OnInitializedAsync()
    {
        experiment = string.IsNullOrWhiteSpace(InitialExperiment) ? null : InitialExperiment;
        await LoadAsync();
        timer = new Timer(_ => InvokeAsync(RefreshIfRunningAsync), null, RefreshInterval, RefreshInterval);
    }

    private IReadOnlyList<RunRow> Visible => view.Apply(all.Where(r => r.Run.ParentId is null));

    private async Task LoadAsync()
    {
        experiments = await Tracking.ListExperimentsAsync();
        var rows = await Tracking.ListRunsAsync(new RunQuery(experiment, IncludeChildren: true));
        all = rows;
        children = rows.Where(r => r.Run.ParentId is not null).ToLookup(r => r.Run.ParentId!);
        available = RunsView.AvailableColumns(rows.Where(r => r.Run.ParentId is null));
        view.ShowDefaults(rows);
        selected.IntersectWith(rows.Select(r => r.Run.Id));
        loaded = true;
    }

    private async Task RefreshIfRunningAsync()
    {
        if (!all.Any(r => r.Run.Status == RunStatus.Running)) return;
        await LoadAsync();
        StateHasChanged();
    }

    private async Task ChooseExperimentAsync(string? name)
    {
        experiment = name;
        await LoadAsync();
    }

    private async Task DeleteAsync(string runId)
    {
        if (await Actions.RunAsync("delete run", () => Tracking.DeleteRunAsync(runId)))
            await LoadAsync();
    }

    private async Task DeleteSelectedAsync()
    {
        foreach (var id in selected.ToList())
            await Actions.RunAsync("delete run", () => Tracking.DeleteRunAsync(id));
        await LoadAsync();
    }

    /// <inheritdoc />
    public void Dispose() => timer?.Dispose();
}
