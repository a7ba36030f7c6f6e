using Microsoft.AspNetCore.Components;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Workspace.Drift;

namespace Workbench.Web.Drift;

/// <summary>Shows a <see cref="DriftSeriesResult"/>: the chosen column over the window pairs, the pair table, and the
/// chosen pair's per-column table with its charts.</summary>
public partial class DriftSeriesView
{
    private DriftSeriesResult? shown;
    private string column = "";
    private bool pValues;
    private IList<Plotly.Blazor.ITrace> chart = [];
    private WindowPairDrift? pair;
    private IReadOnlyList<ColumnDrift> ordered = [];
    private IReadOnlyDictionary<string, ColumnType> types = new Dictionary<string, ColumnType>();

    /// <summary>The drift over the windows.</summary>
    [Parameter, EditorRequired] public DriftSeriesResult Result { get; set; } = null!;

    /// <summary>The column to show first; the first compared column when null or not compared.</summary>
    [Parameter] public string? Column { get; set; }

    /// <summary>Stack the chosen column's charts one above the other (for narrow places such as a lab's work column).</summary>
    [Parameter] public bool Stacked { get; set; }

    /// <summary>The pair shown in detail.</summary>
    public WindowPairDrift? SelectedPair => pair;

    private IReadOnlyList<string> Problems => Result.Pairs.Where(p => p.Problem is not null).Select(p => p.Problem!).ToList();

    private string StatisticName => Result.Pairs.Select(p => Result.Column(p, column)).FirstOrDefault(c => c is not null) is { } c
        ? c.Test == DriftTestKind.Ks ? "KS distance D" : c.Test.Title()
        : "statistic";

    private string ChartHelp => pValues
        ? "Each point is the p-value of one pair on a log scale; below the dashed line (the significance level) the pair drifted. Red diamonds mark drifted pairs."
        : "Each point is the test's statistic for one pair of windows: the higher, the more the two windows differ. Red diamonds mark drifted pairs; a distance's threshold is the dashed line, a test's rule is on its p-value (switch to p-value).";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(shown, Result)) return;
        shown = Result;
        column = Column is { } c && Result.Columns.Contains(c) ? c : MostDriftingColumn();
        pValues = false;
        types = Result.Slices.FirstOrDefault(s => s.RowCount > 0)?.Columns.ToDictionary(x => x.Name, x => x.Type) ?? new Dictionary<string, ColumnType>();
        Redraw();
        SelectPair(Result.MostDrifted(column) ?? Result.Pairs[0]);
    }

    /// <summary>The column that drifted in the most pairs, then the one furthest past its threshold in any pair.</summary>
    private string MostDriftingColumn() => Result.Columns
        .OrderByDescending(c => Result.Pairs.Count(p => Result.Column(p, c)?.Drifted == true))
        .ThenByDescending(c => Result.Pairs.Select(p => Result.Column(p, c)).Where(x => x is not null).Select(x => DriftSeverity.Score(x!)).DefaultIfEmpty(0).Max())
        .FirstOrDefault() ?? "";

    private void SelectColumn(string name)
    {
        column = name;
        if (!DriftSeriesCharts.HasPValues(Result, column)) pValues = false;
        Redraw();
    }

    private void ShowPValues(bool value)
    {
        pValues = value;
        Redraw();
    }

    private void SelectPair(WindowPairDrift chosen)
    {
        pair = chosen;
        ordered = chosen.Report is { } r ? DriftSeverity.Order(r.Columns) : [];
    }

    private void Redraw() => chart = DriftSeriesCharts.Series(Result, column, pValues);

    private string RowClass(WindowPairDrift p, int index) => ReferenceEquals(p, pair) ? "drift-pair drift-selected cursor-pointer" : "drift-pair cursor-pointer";

    private string? RowStyle(WindowPairDrift p, int index) =>
        ReferenceEquals(p, pair) ? "box-shadow: inset 4px 0 0 var(--mud-palette-primary)" : null;
}
