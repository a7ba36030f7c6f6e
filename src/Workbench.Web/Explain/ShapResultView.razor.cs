using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Display;
using Workbench.Workspace.Explain;

namespace Workbench.Web.Explain;

/// <summary>Shows one SHAP result; picking a row draws its waterfall and rings it in the beeswarm and dependence plots.</summary>
public partial class ShapResultView
{
    private const int Auto = -2;
    private const string PickedStyle = "box-shadow: inset 4px 0 0 var(--mud-palette-primary); background: var(--mud-palette-action-default-hover)";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private ShapResult? shown;
    private IReadOnlyList<int> rowIndexes = [];
    private int picked;
    private bool probability;
    private int dependenceFeature = -1;
    private int colourBy = Auto;
    private bool dependenceZoomed;
    private ShapWaterfall? waterfallRow;
    private IList<ITrace> waterfall = [], beeswarm = [], bar = [], dependence = [], heatmap = [];
    private IReadOnlyList<string> csvColumns = [];
    private IReadOnlyList<IReadOnlyList<string?>> csvRows = [];

    /// <summary>The result to show.</summary>
    [Parameter, EditorRequired] public ShapResult Result { get; set; } = null!;

    /// <summary>The derived figures of <see cref="Result"/>.</summary>
    public ShapFigures Figures { get; private set; } = null!;

    /// <summary>The row whose waterfall is drawn (index into the explained rows).</summary>
    public int Picked => picked;

    private Explanation E => Result.Explanation;

    private IEnumerable<int> ShownColumns => Figures.Ranking.Take(5);

    private IReadOnlyList<string> RankedNames => Figures.Ranking.Select(j => Figures.Players[j]).ToList();

    private int FeatureHeight => 90 + 30 * Figures.Players.Count;

    private string AutoName => Figures.Interaction(dependenceFeature) is var k and >= 0 ? Figures.Players[k] : "none";

    private string MethodName => E.Method switch
    {
        ExplainMethod.TreePathDependent => "TreeSHAP (path-dependent, exact)",
        ExplainMethod.TreeInterventional => "TreeSHAP (interventional, exact)",
        ExplainMethod.Linear => "Linear SHAP (exact)",
        ExplainMethod.ExactEnumeration => "Exact enumeration",
        _ => "Permutation sampling (estimate)",
    };

    private string Provenance
    {
        get
        {
            var s = Result.Source;
            var what = $"{s.Rows:N0} of {s.SplitRows:N0} test rows of '{s.Dataset}', run {s.RunId}";
            return s.FromCache
                ? $"Read from the run's cache ({s.Artifact}); computed {s.ComputedUtc:yyyy-MM-dd HH:mm} UTC in {s.Seconds:0.00} s on {what}."
                : $"Computed in {s.Seconds:0.00} s on {what}; cached as {s.Artifact}.";
        }
    }

    private string WaterfallCaption
    {
        get
        {
            var w = waterfallRow!;
            var head = $"Row {picked} (dataset row {Result.DatasetRows[picked]}, label {Result.Labels[picked] ?? "missing"}): ";
            var link = Figures.Link is { } l && (Math.Abs(l.Slope - 1) > 1e-3 || Math.Abs(l.Intercept) > 1e-3)
                ? $"P = σ({l.Slope:0.###} · score {l.Intercept:+0.###;−0.###})" : "P = σ(log-odds)";
            return probability
                ? head + $"E[f(X)] = {Figures.Probability(w.BaseValue):0.###} → f(x) = {Figures.Probability(w.Output):0.###} as probabilities; the axis is labelled with {link}, and the bars stay additive in raw units."
                : head + $"E[f(X)] = {w.BaseValue:0.###} + Σ SHAP values {w.Output - w.BaseValue:+0.###;−0.###} = f(x) = {w.Output:0.###} ({Figures.OutputName}).";
        }
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(shown, Result)) return;
        shown = Result;
        Figures = new ShapFigures(Result);
        rowIndexes = Enumerable.Range(0, Figures.RowCount).ToList();
        picked = 0;
        dependenceFeature = Figures.Ranking.Where(Figures.IsNumeric).DefaultIfEmpty(-1).First();
        colourBy = Auto;
        (csvColumns, csvRows) = (Figures.CsvColumns(), Figures.CsvRows());
        bar = Figures.Bar();
        heatmap = Figures.Heatmap();
        DrawPicked();
    }

    /// <summary>Picks an explained row: its waterfall, and its rings in the beeswarm and the dependence plot.</summary>
    public void Pick(int row)
    {
        if (row < 0 || row >= Figures.RowCount) return;
        picked = row;
        DrawPicked();
    }

    private void SetProbability(bool value)
    {
        probability = value;
        DrawWaterfall();
    }

    private void SetDependenceFeature(int player)
    {
        dependenceFeature = player;
        colourBy = Auto;
        DrawDependence();
    }

    private void SetColourBy(int player)
    {
        colourBy = player;
        DrawDependence();
    }

    private void DrawPicked()
    {
        DrawWaterfall();
        beeswarm = Figures.Beeswarm(picked);
        DrawDependence();
    }

    private void DrawWaterfall()
    {
        waterfallRow = Figures.Waterfall(picked);
        waterfall = ShapCharts.Waterfall(waterfallRow);
    }

    private void DrawDependence()
    {
        if (dependenceFeature < 0) return;
        var colour = colourBy == Auto ? Figures.Interaction(dependenceFeature) : colourBy;
        dependence = Figures.Dependence(dependenceFeature, colour, picked);
        dependenceZoomed = Figures.DependenceRange(dependenceFeature) is not null;
    }
}
