using Workbench.Web.Explain;

namespace Workbench.Web.Tests.Explain;

public class ShapFiguresTests
{
    [Fact]
    public void Ranking_FollowsMeanAbsoluteShap()
    {
        var figures = new ShapFigures(ShapSamples.Binary());

        // mean |SHAP|: income 7.5/6 = 1.25, age 2.75/6 = 0.458, city 0.9/6 = 0.15.
        Assert.Equal([0, 1, 2], figures.Ranking);
        Assert.Equal(1.25, figures.MeanAbsolute[0], 1e-12);
        Assert.Equal(2.75 / 6, figures.MeanAbsolute[1], 1e-12);
    }

    [Fact]
    public void Csv_HasOneShapColumnPerPlayerAndRoundTripNumbers()
    {
        var figures = new ShapFigures(ShapSamples.Binary());

        Assert.Equal(["dataset_row", "label", "base_value", "raw_output", "shap_income", "shap_age", "shap_city"], figures.CsvColumns());
        var rows = figures.CsvRows();
        Assert.Equal(6, rows.Count);
        Assert.Equal(["8", "1", "-1", "0.8", "1.5", "0.5", "-0.2"], rows[1]);
    }

    [Fact]
    public void LongTailedColumn_IsZoomedToItsPercentiles()
    {
        var figures = new ShapFigures(ShapSamples.LongTail());

        // numpy.quantile(np.append(np.arange(200.), 1e6), [0.01, 0.99]) = [2.0, 198.0]; padded by 5 % of the gap.
        var range = figures.DependenceRange(0)!.Value;
        Assert.Equal(2.0 - 0.05 * 196, range.Low, 1e-9);
        Assert.Equal(198.0 + 0.05 * 196, range.High, 1e-9);
        Assert.Null(new ShapFigures(ShapSamples.Binary()).DependenceRange(1));
    }

    [Fact]
    public void Waterfall_LabelsShowTheRowsValues()
    {
        var figures = new ShapFigures(ShapSamples.Binary());

        var w = figures.Waterfall(2);

        Assert.Equal(["income = 560", "age = 63", "city = missing"], w.Steps.Select(s => s.Label));
        Assert.Equal(-1 - 2 + 0.25, w.Output, 1e-12);
    }

    [Fact]
    public void Heatmap_ColoursPositiveContributionsRed()
    {
        var figures = new ShapFigures(ShapSamples.Binary());

        var heatmap = (Plotly.Blazor.Traces.HeatMap)figures.Heatmap()[0];

        Assert.Equal(0m, heatmap.ZMid);
        Assert.NotEqual(true, heatmap.ReverseScale);
        var scale = (object[])heatmap.ColorScale;
        Assert.Equal(ShapCharts.Up, ((object[])scale[^1])[1]);
        // Rows by decreasing output: row 4 (−1 + 2.9 = 1.9) first.
        Assert.Equal(4, figures.RowOrder[0]);
    }
}
