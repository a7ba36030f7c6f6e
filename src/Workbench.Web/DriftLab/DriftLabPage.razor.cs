using System.Globalization;
using Plotly.Blazor;
using Microsoft.AspNetCore.Components;
using Workbench.Ml.Drift;
using Workbench.Ml.DriftLab;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.DriftLab;

/// <summary>Runs a drift-laboratory experiment in the background and shows its charts and table per correction.</summary>
public partial class DriftLabPage
{
    private readonly DriftLabDraft draft = new();
    private IJob<DriftLabResult>? job;
    private DriftLabResult? result;
    private DriftCorrection correction = DriftCorrection.None;
    private IList<ITrace> power = [];
    private IList<ITrace> alarms = [];


    private bool Running => job?.State == JobState.Running;

    private string Summary => result is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"{result.Options.Kind.Title()}, size {result.Options.Size:0.###} ({result.Options.Kind.Unit()}); {result.Options.Repetitions} repetitions per n; {result.Elapsed.TotalSeconds:0.0} s.");

    /// <summary>Starts the experiment as a job; a new run cancels a running one.</summary>
    private void Start(DriftLabOptions options)
    {
        job = StartJob("drift-laboratory", "drift-laboratory", $"Drift laboratory: {options.Kind.Title()}",
            ctx => Task.Run(() => DriftLaboratory.Run(options, ctx.Progress, ctx.CancellationToken), ctx.CancellationToken));
    }

    private void Finished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { } next) return;
        result = next;
        Draw();
    }

    private void SetCorrection(DriftCorrection value)
    {
        correction = value;
        Draw();
    }

    private void Draw()
    {
        power = DriftLabCharts.Power(result!, correction);
        alarms = DriftLabCharts.FalseAlarms(result!, correction);
    }
}
