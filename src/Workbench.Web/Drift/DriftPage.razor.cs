using System.Globalization;
using Microsoft.AspNetCore.Components;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Web.Shared;
using Workbench.Workspace.Drift;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Drift;

/// <summary>Runs a drift comparison in the background and shows its table and the chosen column's charts.</summary>
public partial class DriftPage
{
    private IJob<object>? job; // a DriftRun or a DriftSeriesResult: both modes share the key, so one cancels the other
    private DriftRun? run;
    private DriftSeriesResult? series;
    private IReadOnlyList<ColumnDrift> ordered = [];
    private string? selected;
    private IReadOnlyDictionary<string, ColumnType> types = new Dictionary<string, ColumnType>();

    [Inject] private IDriftService Drift { get; set; } = null!;
    [Inject] private IDriftSeriesService Series { get; set; } = null!;

    /// <summary>A dataset to open in the windows mode, e.g. /drift?dataset=seattle-weather&amp;windows=year.</summary>
    [SupplyParameterFromQuery(Name = "dataset")] public string? Dataset { get; set; }

    /// <summary>The windows to start with: year or month.</summary>
    [SupplyParameterFromQuery(Name = "windows")] public string? Windows { get; set; }

    private bool Running => job?.State == JobState.Running;

    private ColumnDrift? SelectedDrift => ordered.FirstOrDefault(c => c.Column == selected);

    private string Verdict
    {
        get
        {
            var report = run!.Report;
            int drifted = report.Columns.Count(c => c.Drifted);
            string share = report.DriftShare.ToString("P0", CultureInfo.InvariantCulture);
            return $"{drifted} of {report.Columns.Count} columns drifted ({share}): " +
                (report.DatasetDrift ? "the dataset drifted (at least half of its columns did)." : "no dataset drift (fewer than half of the columns drifted).");
        }
    }

    /// <summary>Starts the comparison as a job; a new run replaces (and cancels) a running one.</summary>
    private void Start(DriftRequest request)
    {
        var title = $"Comparing {Name(request.Reference)} with {Name(request.Current)}";
        job = StartJob<object>("drift", "drift", title, async ctx =>
            await Drift.CompareAsync(request, ctx.Progress, ctx.CancellationToken));
    }

    /// <summary>Starts a comparison of successive windows as a job; it replaces (and cancels) a running one.</summary>
    private void StartSeries(DriftSeriesRequest request)
    {
        var title = $"Comparing {request.Windows.Count} windows of {request.Dataset} by '{request.DateColumn}'";
        job = StartJob<object>("drift", "drift", title, async ctx =>
            await Series.RunAsync(request, ctx.Progress, ctx.CancellationToken));
    }

    // Only the latest job's result is shown; a replaced job's end is ignored.
    private void OnJobFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { } done) return;
        series = done as DriftSeriesResult;
        run = done as DriftRun;
        if (run is null) return;
        ordered = DriftSeverity.Order(run.Report.Columns);
        types = run.Reference.Columns.ToDictionary(c => c.Name, c => c.Type);
        selected = ordered.FirstOrDefault()?.Column;
    }

    private void Select(string column) => selected = column;

    private static string Name(DriftSide side) => side.Window is { } w
        ? $"{side.DatasetName} {w.From:yyyy-MM-dd}…{w.To:yyyy-MM-dd}"
        : side.DatasetName ?? Path.GetFileName(side.Source);
}
