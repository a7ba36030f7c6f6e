using Bunit;
using MudBlazor;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;
using Workbench.Web.Experiments;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Tests.Experiments;

public class RunPageTests : ExperimentsTestContext
{
    private const string Id = "bbbbbbbbbbb1";
    private static readonly bool[] Labels = [false, false, true, true, false, true];
    private static readonly double[] Probabilities = [0.1, 0.4, 0.35, 0.8, 0.6, 0.9];

    public RunPageTests()
    {
        Tracking.Add(FakeTrackingStore.Info(Id, "lgbm", "LightGbm"), new Dictionary<string, string> { ["NumberOfLeaves"] = "31" },
            new RunMetric("roc_auc", 0.889, "test"), new RunMetric("roc_auc", 0.95, "train"),
            new RunMetric("roc_auc", 0.87, "cv"), new RunMetric("roc_auc", 0.02, "cv_std"));
        var binary = new BinaryDetails("1", "0", Labels, Probabilities, 0.5, BinaryConfusion.AtThreshold(Labels, Probabilities, 0.5),
            RocCurve.Compute(Labels, Probabilities), PrecisionRecallCurve.Compute(Labels, Probabilities), CalibrationCurve.Compute(Labels, Probabilities));
        Training.Evaluations[Id] = new EvaluationReport(TaskKind.Binary, 6, new Dictionary<string, double>(), binary, null, null);
        var folds = new[]
        {
            new FoldResult(0, 8, 2, new Dictionary<string, double> { ["roc_auc"] = 0.96 }, new Dictionary<string, double> { ["roc_auc"] = 0.85 }, TimeSpan.Zero),
            new FoldResult(1, 8, 2, new Dictionary<string, double> { ["roc_auc"] = 0.94 }, new Dictionary<string, double> { ["roc_auc"] = 0.89 }, TimeSpan.Zero),
        };
        Training.CrossValidations[Id] = new CrossValidationResult(SplitKind.Stratified, folds,
            CrossValidationSummary.Create(folds.Select(f => f.Test).ToList(), folds.Select(f => f.Train).ToList()));
    }

    private static (string, string, string, string) Matrix(Bunit.IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut) =>
        (cut.Find("#cm-tn").TextContent, cut.Find("#cm-fp").TextContent, cut.Find("#cm-fn").TextContent, cut.Find("#cm-tp").TextContent);

    [Fact]
    public async Task ThresholdSlider_RecomputesTheConfusionMatrixAndMetrics()
    {
        var cut = RenderWithProviders<RunPage>((nameof(RunPage.RunId), Id));
        cut.WaitForAssertion(() => Assert.Equal(("2", "1", "1", "2"), Matrix(cut)));

        var slider = cut.FindComponents<MudSlider<double>>().Single();
        await cut.InvokeAsync(() => slider.Instance.ValueChanged.InvokeAsync(0.3));

        // At 0.3 the rows with p = 0.4, 0.35, 0.8, 0.6, 0.9 are positive: TN 1, FP 2, FN 0, TP 3.
        cut.WaitForAssertion(() => Assert.Equal(("1", "2", "0", "3"), Matrix(cut)));
        var facts = cut.Find("#threshold-metrics").TextContent;
        Assert.Contains("0.6000", facts);  // precision 3 / 5
        Assert.Contains("1.0000", facts);  // recall 3 / 3
        Assert.Contains("0.7500", facts);  // F1 2·0.6·1 / 1.6
        Assert.Contains("0.30", cut.Find("#threshold-value").TextContent);
    }

    [Fact]
    public void Page_ShowsMetricsBySplitAndTheFoldTableWithGap()
    {
        var cut = RenderWithProviders<RunPage>((nameof(RunPage.RunId), Id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#cv-table")));
        var metrics = cut.Find("#run-metrics-table tr[data-metric='roc_auc']").Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["roc_auc", "0.9500", "0.8890", "0.8700 ± 0.0200"], metrics);
        var cv = cut.Find("#cv-table tr[data-metric='roc_auc']").Children.Select(c => c.TextContent.Trim()).ToList();
        // mean(0.85, 0.89) = 0.87, population std = 0.02; train mean 0.95 ± 0.01; gap 0.95 − 0.87 = 0.08
        Assert.Equal(["roc_auc", "0.8500", "0.8900", "0.8700 ± 0.0200", "0.9500 ± 0.0100", "0.0800"], cv);
        Assert.NotNull(cut.Find("#chart-roc"));
        Assert.NotNull(cut.Find("#chart-pr"));
        Assert.NotNull(cut.Find("#chart-calibration"));
    }

    [Fact]
    public void UnknownRun_SaysSo()
    {
        var cut = RenderWithProviders<RunPage>((nameof(RunPage.RunId), "nope"));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#run-missing")));
    }

    [Fact]
    public async Task Register_CreatesAVersionAndSetsTheAlias()
    {
        var cut = RenderWithProviders<RunPage>((nameof(RunPage.RunId), Id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#register-submit")));

        cut.Find("#register-alias").Change("champion");
        cut.Click("#register-submit");

        cut.WaitForAssertion(() => Assert.Contains("version 1", cut.Find("#register-result").TextContent));
        var model = (await Registry.ListModelsAsync()).Single();
        Assert.Equal("german-credit-binary", model.Name);
        Assert.Equal(1, model.Aliases["champion"]);
    }
}
