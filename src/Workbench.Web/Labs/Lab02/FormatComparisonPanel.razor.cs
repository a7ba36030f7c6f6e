using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Storage;

namespace Workbench.Web.Labs.Lab02;

/// <summary>Runs IFormatComparison for a chosen dataset in the background and shows the measurements.</summary>
public partial class FormatComparisonPanel
{
    [Inject] private IDatasetStore Datasets { get; set; } = default!;
    [Inject] private IFormatComparison Comparison { get; set; } = default!;
    [Inject] private ActionRunner Actions { get; set; } = default!;

    private IReadOnlyList<DatasetInfo> datasets = [];
    private string? dataset;
    private IJob<IReadOnlyList<FormatMeasurement>>? job;
    private string? jobDataset;
    private IReadOnlyList<FormatMeasurement>? results;
    private string? resultDataset;
    private IList<ITrace> traces = [];

    /// <summary>The dataset chosen at first (from the lab's settings) when it exists.</summary>
    [Parameter] public string? DefaultDataset { get; set; }

    private bool Running => job?.State == JobState.Running;

    protected override async Task OnInitializedAsync()
    {
        datasets = await Actions.RunAsync("list the datasets", () => Datasets.ListAsync()) ?? [];
        dataset = datasets.FirstOrDefault(d => d.Name == DefaultDataset)?.Name ?? datasets.FirstOrDefault()?.Name;
    }

    private void Start()
    {
        if (dataset is null) return;
        var name = dataset;
        jobDataset = name;
        job = StartJob($"formats:{name}", "format-comparison", $"Comparing CSV, Parquet and SQLite for {name}", ctx =>
        {
            ctx.Status($"Writing and reading {name}");
            return Comparison.CompareAsync(name, ctx.Progress, ctx.CancellationToken);
        });
    }

    private void OnFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { Count: > 0 } measured) return;
        resultDataset = jobDataset;
        results = FormatCharts.CsvFirst(measured);
        traces = FormatCharts.Traces(results);
    }
}
