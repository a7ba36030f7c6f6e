using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Training;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs.Lab05;

namespace Workbench.Web.Labs.Lab05;

/// <summary>Runs a leakage demonstration (<see cref="ILeakageService"/>) as a job of this page and shows its scores.</summary>
public partial class LeakagePanel
{
    private LeakageKind kind = LeakageKind.ScalerBeforeSplit;
    private int rows = LeakageCase.All[0].Rows;
    private IJob<LeakageComparison>? job;
    private LeakageComparison? result;
    private IList<ITrace> chart = [];

    [Inject] private ILeakageService Leakage { get; set; } = null!;

    private LeakageCase Case => LeakageCase.All.Single(c => c.Kind == kind);

    private void SetKind(LeakageKind value)
    {
        kind = value;
        rows = Case.Rows;
        result = null;
    }

    private void Run()
    {
        result = null;
        job = Follow(Leakage.Start(Case, rows, JobOwner));
    }

    private void OnFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { } r) return;
        result = r;
        chart = LeakageChart.Bars(r);
    }

    private static string N(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
