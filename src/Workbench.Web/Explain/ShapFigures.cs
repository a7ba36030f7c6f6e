using System.Globalization;
using Plotly.Blazor;
using Workbench.Ml.Data;
using Workbench.Ml.Explain.Display;
using Workbench.Workspace.Explain;

namespace Workbench.Web.Explain;

/// <summary>Everything the SHAP charts need from one result, derived once: the rows' values as numbers (NaN for missing
/// or text), colour scales, the importance ranking, waterfalls, interactions and the CSV of the SHAP table.</summary>
public sealed class ShapFigures
{
    private readonly DataColumn?[] _columns;
    private readonly double[][] _x;
    private readonly double[][] _colour;
    private readonly Dictionary<int, int> _interaction = [];

    /// <summary>Derives the figures of <paramref name="result"/>.</summary>
    public ShapFigures(ShapResult result)
    {
        Result = result;
        var e = result.Explanation;
        Players = e.Players;
        _columns = Players.Select(p => result.Rows.Columns.FirstOrDefault(c => c.Name == p)).ToArray();
        _x = Enumerable.Range(0, RowCount).Select(r => Enumerable.Range(0, Players.Count).Select(j => Number(j, r)).ToArray()).ToArray();
        _colour = Enumerable.Range(0, Players.Count).Select(j => ShapSummary.ColourScale(_x.Select(row => row[j]).ToList())).ToArray();
        MeanAbsolute = ShapSummary.MeanAbsolute(e.Values, Players.Count);
        Ranking = ShapSummary.Ranking(e.Values, Players.Count);
        RowOrder = Enumerable.Range(0, RowCount).OrderByDescending(r => e.RawOutput[r]).ToArray();
        Link = result.Probability is { } p ? ProbabilityLink.Fit(e.RawOutput, p) : null;
    }

    /// <summary>Binary: how the model turns its raw score into a probability, P = σ(slope · raw + intercept), when it
    /// does so on every row (Platt scaling); null otherwise, and then the probability view is not offered.</summary>
    public (double Slope, double Intercept)? Link { get; }

    /// <summary>The result shown.</summary>
    public ShapResult Result { get; }

    /// <summary>The players (original columns).</summary>
    public IReadOnlyList<string> Players { get; }

    /// <summary>Explained rows.</summary>
    public int RowCount => Result.Explanation.Values.Length;

    /// <summary>Mean |SHAP value| per player.</summary>
    public double[] MeanAbsolute { get; }

    /// <summary>Players by decreasing mean |SHAP value|.</summary>
    public int[] Ranking { get; }

    /// <summary>Rows by decreasing raw output (the heatmap's order).</summary>
    public int[] RowOrder { get; }

    /// <summary>True for a binary classifier whose raw output maps to its probability, so it can be shown as one.</summary>
    public bool CanShowProbability => Link is not null;

    /// <summary>What the raw output is, for axis titles.</summary>
    public string OutputName => Result.Task switch
    {
        "Binary" when Link is { } l && Math.Abs(l.Slope - 1) < 1e-3 && Math.Abs(l.Intercept) < 1e-3 =>
            $"log-odds of {Result.Label} = {Result.Explanation.ClassName}",
        "Binary" => $"raw score for {Result.Label} = {Result.Explanation.ClassName}",
        "Multiclass" => $"raw score of {Result.Label} = {Result.Explanation.ClassName}",
        _ => $"predicted {Result.Label}",
    };

    /// <summary>The probability a raw score stands for (binary with a link).</summary>
    public double Probability(double raw) => Link is { } l ? 1 / (1 + Math.Exp(-(l.Slope * raw + l.Intercept))) : double.NaN;

    /// <summary>Whether a player's column holds numbers (a dependence plot needs them).</summary>
    public bool IsNumeric(int player) => _columns[player]?.Numbers is not null;

    /// <summary>A row's value of a player as shown in tables and waterfall labels.</summary>
    public string Shown(int player, int row) => _columns[player] is { Type: ColumnType.Real, Numbers: { } n } && !double.IsNaN(n[row])
        ? n[row].ToString("G6", CultureInfo.InvariantCulture)
        : _columns[player]?.Format(row) ?? "missing";

    /// <summary>The waterfall of one row, labels "feature = value", small contributions folded.</summary>
    public ShapWaterfall Waterfall(int row) => ShapWaterfall.Build(Result.Explanation.BaseValue, Players, Result.Explanation.Values[row],
        Enumerable.Range(0, Players.Count).Select(j => (string?)Shown(j, row)).ToList());

    /// <summary>The beeswarm traces with the picked row ringed.</summary>
    public IList<ITrace> Beeswarm(int? picked) => ShapCharts.Beeswarm(Players, Result.Explanation.Values, _colour, Ranking, picked);

    /// <summary>The mean |SHAP| bars.</summary>
    public IList<ITrace> Bar() => ShapCharts.Bar(Players, MeanAbsolute, Ranking);

    /// <summary>The heatmap of rows × players.</summary>
    public IList<ITrace> Heatmap() => ShapCharts.Heatmap(Players, Result.Explanation.Values, Ranking, RowOrder);

    /// <summary>The player that most likely interacts with <paramref name="player"/> (shap's heuristic), or -1.</summary>
    public int Interaction(int player)
    {
        if (!_interaction.TryGetValue(player, out var k))
            _interaction[player] = k = ApproximateInteractions.Strongest(player, Result.Explanation.Values, _x);
        return k;
    }

    /// <summary>The dependence scatter of a numeric player, coloured by <paramref name="colourBy"/> (or one colour when -1).</summary>
    public IList<ITrace> Dependence(int player, int colourBy, int? picked) => ShapCharts.Dependence(
        _x.Select(r => r[player]).ToArray(), Result.Explanation.Values.Select(v => v[player]).ToArray(),
        colourBy < 0 ? null : _colour[colourBy], colourBy < 0 ? null : Players[colourBy], picked);

    /// <summary>The x range of a long-tailed column's dependence plot: its 1st–99th percentiles, padded (as shap's
    /// xmin/xmax "percentile(1)"/"percentile(99)" options), when its full range is over 3 times wider; else null.</summary>
    public (double Low, double High)? DependenceRange(int player)
    {
        var sorted = _x.Select(r => r[player]).Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length < 2) return null;
        double low = Quantile(sorted, 0.01), high = Quantile(sorted, 0.99);
        if (high <= low || sorted[^1] - sorted[0] <= 3 * (high - low)) return null;
        var pad = (high - low) * 0.05;
        return (low - pad, high + pad);
    }

    /// <summary>The dependence plot's layout, zoomed to <see cref="DependenceRange"/> when there is one.</summary>
    public Layout DependenceLayout(int player)
    {
        var layout = InspectionCharts.Axes(Players[player], "SHAP value", legend: false);
        if (DependenceRange(player) is { } r) layout.XAxis[0].Range = [r.Low, r.High];
        return layout;
    }

    /// <summary>The SHAP table as CSV columns: dataset row, label, base value, raw output, then one SHAP column per player.</summary>
    public IReadOnlyList<string> CsvColumns() =>
        ["dataset_row", "label", "base_value", "raw_output", .. Players.Select(p => "shap_" + p)];

    /// <summary>The SHAP table as CSV rows (invariant round-trip numbers).</summary>
    public IReadOnlyList<IReadOnlyList<string?>> CsvRows() => Enumerable.Range(0, RowCount).Select(r => (IReadOnlyList<string?>)
        [
            Result.DatasetRows[r].ToString(CultureInfo.InvariantCulture), Result.Labels[r], Text(Result.Explanation.BaseValue),
            Text(Result.Explanation.RawOutput[r]), .. Result.Explanation.Values[r].Select(v => (string?)Text(v)),
        ]).ToList();

    // numpy.quantile's default (linear) method on sorted values.
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        return below + 1 < sorted.Length ? sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
    }

    private double Number(int player, int row) => _columns[player]?.Numbers is { } n ? n[row] : double.NaN;

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
