using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Explain.Inspection;
using Workbench.Web.Shared;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Explain;

/// <summary>Computes permutation importance of a run's model with a chosen score, split, repeats and seed.</summary>
public partial class ImportancePanel
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private IReadOnlyList<string> metrics = [];
    private string metric = "";
    private ExplainSplit split = ExplainSplit.Test;
    private int repeats = PermutationImportanceOptions.Defaults.Repeats;
    private int seed = 1;
    private IJob<ImportanceResult>? job;
    private ImportanceResult? result;
    private int[] order = [];
    private IList<ITrace> chart = [];
    private IReadOnlyList<string> csvColumns = [];
    private IReadOnlyList<IReadOnlyList<string?>> csvRows = [];
    private string? shownRun;

    [Inject] private IExplanationService Explanations { get; set; } = null!;

    /// <summary>The run whose model is inspected.</summary>
    [Parameter, EditorRequired] public ExplainTarget Target { get; set; } = null!;

    /// <summary>Raised with each result shown.</summary>
    [Parameter] public EventCallback<ImportanceResult> OnResult { get; set; }

    /// <summary>The repeats offered first (scikit-learn's default is 5; the course uses 30).</summary>
    [Parameter] public int InitialRepeats { get; set; } = PermutationImportanceOptions.Defaults.Repeats;

    /// <summary>The score offered first, when the run's task reports it (the course uses log_loss).</summary>
    [Parameter] public string? InitialMetric { get; set; }

    private string Summary
    {
        get
        {
            var (s, i) = (result!.Source, result.Importance);
            var direction = i.HigherIsBetter ? "the drop in the score" : "the rise in the loss";
            var origin = s.FromCache ? $"read from the cache (computed in {s.Seconds:0.00} s)" : $"computed in {s.Seconds:0.00} s";
            return $"Importance = {direction} when one column is shuffled. {result.Request.Metric} without shuffling: " +
                $"{i.BaselineScore.ToString("0.0000", Invariant)} on {s.Rows:N0} {s.Split.ToString().ToLowerInvariant()} rows; {origin}.";
        }
    }

    protected override void OnParametersSet()
    {
        if (shownRun == Target.RunId) return;
        (shownRun, result, job, chart) = (Target.RunId, null, null, []);
        metrics = Explanations.MetricsFor(Target.Task);
        metric = InitialMetric is { } m && metrics.Contains(m) ? m : metrics[0];
        repeats = InitialRepeats;
    }

    private void Compute()
    {
        job = Follow(Explanations.StartPermutationImportance(new ImportanceRequest(Target.RunId, metric, split, repeats, seed), JobOwner));
    }

    private async Task OnFinishedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed) return;
        result = job.Result!;
        var columns = result.Importance.Columns;
        order = Enumerable.Range(0, columns.Count).OrderByDescending(j => columns[j].Mean).ThenBy(j => j).ToArray();
        chart = InspectionCharts.Importance(columns.Select(c => c.Column).ToList(), columns.Select(c => c.Repeats).ToList(), order);
        csvColumns = ["column", "mean", "std", .. Enumerable.Range(1, result.Request.Repeats).Select(k => $"repeat_{k}")];
        csvRows = order.Select(j => (IReadOnlyList<string?>)[columns[j].Column, Text(columns[j].Mean), Text(columns[j].StandardDeviation),
            .. columns[j].Repeats.Select(v => (string?)Text(v))]).ToList();
        await OnResult.InvokeAsync(result);
    }

    private static string Text(double v) => v.ToString("R", Invariant);
}
