using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Drift;
using Workbench.Ml.DriftLab;

namespace Workbench.Web.DriftLab;

/// <summary>Plotly traces of the laboratory: one line per test of a rate against sample size, with ±1 standard error bars.</summary>
public static class DriftLabCharts
{
    /// <summary>A colour per test, stable across charts.</summary>
    public static readonly IReadOnlyDictionary<DriftTestKind, string> Colors = new Dictionary<DriftTestKind, string>
    {
        [DriftTestKind.Ks] = "#1f77b4", [DriftTestKind.ChiSquare] = "#ff7f0e", [DriftTestKind.Z] = "#2ca02c",
        [DriftTestKind.Wasserstein] = "#d62728", [DriftTestKind.JensenShannon] = "#9467bd", [DriftTestKind.Psi] = "#8c564b",
        [DriftTestKind.Kl] = "#e377c2", [DriftTestKind.Hellinger] = "#7f7f7f", [DriftTestKind.Linf] = "#bcbd22",
    };

    /// <summary>Power (detection rate) against n, one line per test that runs on the drifted column.</summary>
    public static IList<ITrace> Power(DriftLabResult result, DriftCorrection correction) =>
        Lines(result, correction, c => c.Power);

    /// <summary>False-alarm rate against n, one line per test, and a dashed line at α.</summary>
    public static IList<ITrace> FalseAlarms(DriftLabResult result, DriftCorrection correction)
    {
        var traces = Lines(result, correction, c => c.FalseAlarmRate);
        var sizes = result.Options.SampleSizes;
        traces.Add(new Scatter
        {
            Name = $"α = {result.Options.Alpha.ToString("0.###", CultureInfo.InvariantCulture)}",
            X = [sizes[0], sizes[^1]],
            Y = [result.Options.Alpha, result.Options.Alpha],
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = "#8a8f98", Dash = "dash", Width = 2 },
        });
        return traces;
    }

    private static List<ITrace> Lines(DriftLabResult result, DriftCorrection correction, Func<DriftLabCell, double?> rate)
    {
        var traces = new List<ITrace>();
        foreach (var test in result.Tests)
        {
            var cells = result.For(correction).Where(c => c.Test == test && rate(c) is not null).ToList();
            if (cells.Count == 0) continue;
            traces.Add(new Scatter
            {
                Name = test.ToName(),
                X = cells.Select(c => (object)c.SampleSize).ToList(),
                Y = cells.Select(c => (object)rate(c)!.Value).ToList(),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = Colors[test], Width = 2, Dash = test.HasPValue() ? "solid" : "dot" },
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = Colors[test], Size = 6 },
                ErrorY = new Plotly.Blazor.Traces.ScatterLib.ErrorY
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorYLib.TypeEnum.Data,
                    Array = cells.Select(c => (object)result.StandardError(rate(c)!.Value)).ToList(),
                    Visible = true, Color = Colors[test], Thickness = 1, Width = 3,
                },
            });
        }
        return traces;
    }

    /// <summary>Log-scaled sample size on x, a rate from 0 to 1 on y.</summary>
    public static Layout Layout(string title, string yTitle, IReadOnlyList<int> sizes) => new()
    {
        Title = new Title { Text = title, X = 0m, XAnchor = Plotly.Blazor.LayoutLib.TitleLib.XAnchorEnum.Left },
        ShowLegend = true,
        XAxis = [new XAxis
        {
            Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Log,
            TickVals = sizes.Select(n => (object)n).ToList(),
            TickText = sizes.Select(n => (object)n.ToString("N0", CultureInfo.InvariantCulture)).ToList(),
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "sample size n (log scale)" } }],
        YAxis = [new YAxis { Range = [-0.02, 1.02], TickFormat = ".0%", Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }],
        Margin = new Margin { L = 60, R = 20, T = 40, B = 55 },
    };
}
