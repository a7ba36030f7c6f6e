using Microsoft.AspNetCore.Components;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>Two or more runs side by side (from /experiments/compare?runs=a,b,c), with a switch that keeps only the
/// fields where they differ, and a metric-vs-parameter chart over their experiment.</summary>
public partial class ComparePage
{
    private List<RunDetail> compared = [];
    private List<string> missing = [];
    private bool onlyDifferences;
    private bool loaded;

    [Inject] private ITrackingStore Tracking { get; set; } = null!;

    /// <summary>Comma-separated run ids.</summary>
    [SupplyParameterFromQuery(Name = "runs")] public string? RunIds { get; set; }

    private IReadOnlyList<ComparisonLine> Lines => RunComparison.Lines(compared, onlyDifferences);

    private string EmptyText => (missing.Count > 0 ? $"Not found: {string.Join(", ", missing)}. " : "")
        + "Tick two or more runs in the runs table and press Compare.";

    protected override async Task OnParametersSetAsync()
    {
        compared = [];
        missing = [];
        var ids = (RunIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        foreach (var id in ids)
        {
            if (await Tracking.GetRunDetailAsync(id) is { } detail) compared.Add(detail);
            else missing.Add(id);
        }
        loaded = true;
    }
}
