using Bunit;
using Plotly.Blazor.Traces;
using Workbench.Web.Explain;
using Workbench.Web.Shared;

namespace Workbench.Web.Tests.Explain;

public class ShapResultViewTests : WebTestContext
{
    [Fact]
    public void PickingARow_RedrawsTheWaterfallAndRingsTheRow()
    {
        var cut = RenderWithProviders<ShapResultView>((nameof(ShapResultView.Result), ShapSamples.Binary()));
        var view = cut.FindComponent<ShapResultView>();
        Assert.StartsWith("Row 0 (dataset row 3, label 0)", cut.Find("#shap-waterfall-caption").TextContent);
        var before = Figure(cut, "shap-waterfall").Data;

        cut.FindAll("#shap-rows-table tbody tr")[4].Click();

        Assert.Equal(4, view.Instance.Picked);
        var caption = cut.Find("#shap-waterfall-caption").TextContent;
        Assert.StartsWith("Row 4 (dataset row 40, label 1)", caption);
        Assert.Contains("f(x) = 1.9", caption); // −1 + 3 + 0 − 0.1
        var waterfall = (Waterfall)Figure(cut, "shap-waterfall").Data[0];
        Assert.NotSame(before, Figure(cut, "shap-waterfall").Data);
        Assert.Equal([3.0, -0.1, 0.0, 0.0], waterfall.X!.Cast<double>());
        Assert.Equal(["income = 150000", "city = Toronto", "age = 52", "f(x)"], waterfall.Y!.Cast<string>());
        // The ring (the last trace) sits on row 4 in the beeswarm and in the dependence plot.
        Assert.Equal("row 4", ((Scatter)Figure(cut, "shap-beeswarm").Data[^1]).Name);
        var ring = (Scatter)Figure(cut, "shap-dependence").Data[^1];
        Assert.Equal(("row 4", 150000.0, 3.0), (ring.Name, (double)ring.X![0], (double)ring.Y![0]));
    }

    [Fact]
    public void ProbabilityOption_RelabelsTheWaterfallAxisThroughTheModelsLink()
    {
        var cut = RenderWithProviders<ShapResultView>((nameof(ShapResultView.Result), ShapSamples.Binary()));
        var rawAxis = Figure(cut, "shap-waterfall").LayoutFactory!().XAxis[0];
        Assert.Null(rawAxis.TickText);
        Assert.Contains("raw score for default = 1", rawAxis.Title.Text);

        cut.Find("#shap-probability").Change(true);

        var caption = cut.Find("#shap-waterfall-caption").TextContent;
        // Row 0: raw −1 + 0.35 = −0.65; P = σ(0.5 · −0.65) = 0.419; base: σ(−0.5) = 0.378.
        Assert.Contains("E[f(X)] = 0.378 → f(x) = 0.419 as probabilities", caption);
        Assert.Contains("σ(0.5 · score", caption);
        var axis = Figure(cut, "shap-waterfall").LayoutFactory!().XAxis[0];
        var ticks = axis.TickText!.Cast<string>().ToList();
        var values = axis.TickVals!.Cast<double>().ToList();
        Assert.Contains("0.4", ticks);
        // The tick labelled 0.4 sits at the raw score whose σ(0.5 · raw) is 0.4: 2 · logit(0.4) = −0.811.
        Assert.Equal(2 * Math.Log(0.4 / 0.6), values[ticks.IndexOf("0.4")], 1e-9);
    }

    [Fact]
    public void Regression_OffersNoProbabilityScaleAndNamesTheOutput()
    {
        var cut = RenderWithProviders<ShapResultView>((nameof(ShapResultView.Result), ShapSamples.Regression()));

        Assert.Empty(cut.FindAll("#shap-probability"));
        Assert.Contains("predicted default", Figure(cut, "shap-waterfall").LayoutFactory!().XAxis[0].Title.Text);
        Assert.Contains("Values are per original column", cut.Find("#shap-method-used").TextContent.Replace("original column", "original column"));
    }

    [Fact]
    public void ColourBy_DefaultsToTheStrongestInteraction()
    {
        var cut = RenderWithProviders<ShapResultView>((nameof(ShapResultView.Result), ShapSamples.Binary()));

        var markers = (Scatter)Figure(cut, "shap-dependence").Data[0];
        var figures = cut.FindComponent<ShapResultView>().Instance.Figures;
        var expected = figures.Interaction(0);
        Assert.Equal(figures.Players[expected], ((Plotly.Blazor.Traces.ScatterLib.Marker)markers.Marker).ColorBar.Title.Text);
        Assert.Contains($"automatic ({figures.Players[expected]})", cut.Find("#shap-dependence-colour").ParentElement!.ParentElement!.TextContent);
    }

    private static PlotlyFigure Figure(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string id) =>
        cut.FindComponents<PlotlyFigure>().Single(f => f.Instance.Id == id).Instance;
}
