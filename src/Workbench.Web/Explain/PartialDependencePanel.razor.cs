using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Explain.Inspection;
using Workbench.Web.Shared;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Explain;

/// <summary>Computes partial dependence (one column with ICE curves, or two columns as a contour) of a run's model.</summary>
public partial class PartialDependencePanel
{
    /// <summary>ICE curves drawn at most (the PDP averages every sampled row).</summary>
    public const int MaxIceCurves = 100;

    private bool twoWay;
    private string? feature, feature2;
    private int grid = PartialDependenceOptions.Defaults.GridResolution;
    private double lower = 0.05, upper = 0.95;
    private int sample = PartialDependenceOptions.Defaults.SampleRows;
    private ExplainSplit split = ExplainSplit.Train;
    private bool probability, showIce = true, centred;
    private IJob<PartialDependenceResult>? job;
    private PartialDependenceResult? result;
    private IList<ITrace> chart = [];
    private string? shownRun;

    [Inject] private IExplanationService Explanations { get; set; } = null!;

    /// <summary>The run whose model is inspected.</summary>
    [Parameter, EditorRequired] public ExplainTarget Target { get; set; } = null!;

    /// <summary>Raised with each result shown.</summary>
    [Parameter] public EventCallback<PartialDependenceResult> OnResult { get; set; }

    private IEnumerable<string> NumericInputs => Target.Inputs.Where(i => i.Type is Ml.Data.ColumnType.Integer or Ml.Data.ColumnType.Real)
        .Select(i => i.Name);

    protected override void OnParametersSet()
    {
        if (shownRun == Target.RunId) return;
        (shownRun, result, job, chart) = (Target.RunId, null, null, []);
        feature = NumericInputs.FirstOrDefault() ?? Target.Inputs.FirstOrDefault()?.Name;
        feature2 = NumericInputs.FirstOrDefault(c => c != feature);
    }

    /// <summary>Rows averaged by default for a two-way plot, which costs grid² predictions per row.</summary>
    public const int TwoWaySampleRows = 200;

    // The course draws the two-way plot on a 50-point grid (sklearn's default is 100); 50² × 200 rows is 500,000
    // predictions, a few seconds here (the course's 10,000-row sample is 25 million).
    private void SetTwoWay(bool value)
    {
        twoWay = value;
        grid = value ? 50 : PartialDependenceOptions.Defaults.GridResolution;
        sample = value ? TwoWaySampleRows : PartialDependenceOptions.Defaults.SampleRows;
        if (value && !NumericInputs.Contains(feature)) feature = NumericInputs.FirstOrDefault();
        if (value && (feature2 is null || feature2 == feature)) feature2 = NumericInputs.FirstOrDefault(c => c != feature);
    }

    private void Compute()
    {
        var request = new PartialDependenceRequest(Target.RunId, feature!, twoWay ? feature2 : null, grid, lower, upper, sample,
            probability && Target.Task != "Regression", 0, split);
        job = Follow(Explanations.StartPartialDependence(request, JobOwner));
    }

    private async Task OnFinishedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed) return;
        result = job.Result!;
        Draw();
        await OnResult.InvokeAsync(result);
    }

    private void SetShowIce(bool value) { showIce = value; Draw(); }

    private void SetCentred(bool value) { centred = value; Draw(); }

    private void Draw()
    {
        if (result?.OneWay is { } one)
        {
            var x = one.Axis.Numbers is { } n ? n.Select(v => (object)v).ToList() : one.Axis.Categories!.Select(c => (object)(c ?? "missing")).ToList();
            chart = InspectionCharts.PartialDependence(x, one.Average, showIce ? one.Ice.Take(MaxIceCurves).ToList() : null, centred);
        }
        else if (result?.TwoWay is { } two)
            chart = InspectionCharts.PartialDependence2D(two.X.Numbers!, two.Y.Numbers!, two.Average);
    }

    private string Cost => $"{(twoWay ? (long)grid * grid : grid):N0} grid points × {sample:N0} rows = {(twoWay ? (long)grid * grid : grid) * (long)sample:N0} predictions at most.";

    private string Summary(int points, int rows)
    {
        var s = result!.Source;
        var ice = result.OneWay is not null && showIce ? $" ICE: the first {Math.Min(MaxIceCurves, rows)} sampled rows." : "";
        var origin = s.FromCache ? $"read from the cache (computed in {s.Seconds:0.00} s)" : $"computed in {s.Seconds:0.00} s";
        return $"{points:N0} grid points × {rows:N0} of {s.SplitRows:N0} {s.Split.ToString().ToLowerInvariant()} rows; {origin}.{ice}";
    }
}
