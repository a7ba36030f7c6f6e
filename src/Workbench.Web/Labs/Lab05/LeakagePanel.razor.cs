using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Labs.Lab05;

/// <summary>Runs <see cref="LeakageDemo"/> on a lab dataset in the background.</summary>
public partial class LeakagePanel
{
    private LeakageKind kind = LeakageKind.ScalerBeforeSplit;
    private int rows = LeakageCase.All[0].Rows;
    private IJob? job;
    private Func<LeakageComparison?> pending = () => null;
    private LeakageComparison? result;
    private IList<ITrace> chart = [];

    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private IJobRunner Jobs { get; set; } = null!;

    private LeakageCase Case => LeakageCase.All.Single(c => c.Kind == kind);

    private void SetKind(LeakageKind value)
    {
        kind = value;
        rows = Case.Rows;
        result = null;
    }

    private void Run()
    {
        var c = Case;
        var sample = rows;
        LeakageComparison? done = null;
        result = null;
        job = Jobs.Start("lab05-leak", "leakage", $"{c.Title} on {c.Dataset}", async ctx =>
        {
            if (await Datasets.GetAsync(c.Dataset, ctx.CancellationToken) is null)
                throw new InvalidOperationException($"The dataset '{c.Dataset}' is not in the workspace; install it on the Datasets page (built-in datasets).");
            var data = await Datasets.LoadAsync(c.Dataset, cancellationToken: ctx.CancellationToken);
            if (sample > 0 && sample < data.RowCount)
                data = TableRows.Take(data, DataSplitter.Split(data, c.Label,
                    new SplitOptions(SplitKind.Stratified, TestFraction: 1 - sample / (double)data.RowCount, Seed: 7)).Train);
            var request = new TrainingRequest(c.Task, c.Label, c.Features, c.Trainer, Seed: 7);
            var split = new SplitOptions(TestFraction: 0.2, Seed: 7, Column: c.TimeColumn);
            done = await Task.Run(() => LeakageDemo.Run(data, request, c.Kind, split, ctx.Progress, ctx.CancellationToken), ctx.CancellationToken);
        });
        pending = () => done;
    }

    private void OnFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || finished.State != JobState.Completed || pending() is not { } r) return;
        result = r;
        chart = LeakageChart.Bars(r);
    }

    private static string N(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
