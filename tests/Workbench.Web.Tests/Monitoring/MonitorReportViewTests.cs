using MudBlazor.Extensions;
using Bunit;
using Workbench.Ml.Monitoring;
using Workbench.Web.Monitoring;
using Workbench.Workspace.Monitoring;

namespace Workbench.Web.Tests.Monitoring;

public class MonitorReportViewTests : WebTestContext
{
    /// <summary>Four monthly batches; income drifts from batch 2; labels arrive two batches late and batch 1's AUC
    /// drops (its alert is raised at batch 3).</summary>
    private static MonitorResult Result(string? label = "y")
    {
        MonitoredBatch Batch(int i, double psi, double? auc) => new(i, $"2024-0{i + 1}", 19_723 + 31 * i, 500,
            [new FeatureBatch("income", 0.01, 5000 + 100 * i, psi), new FeatureBatch("age", 0, 40, 0.01)],
            new OutputBatch(-1.2, 0.2 + 0.05 * i, 0.22, [-3, -2, -1.2, -0.5, 0.4]),
            auc is { } a ? new PerformanceBatch("roc_auc", a, 500, i + 2) : null, 0.3, 0.5);
        var batches = new[] { Batch(0, 0.02, 0.80), Batch(1, 0.05, 0.60), Batch(2, 0.3, 0.79), Batch(3, 0.4, 0.78) };
        var alerts = new[]
        {
            new MonitoringAlert(1, 3, AlertKind.Performance, "roc_auc", 0.60, 0.1, "Batch 2 (2024-02): roc_auc 0.6 is 25 % worse."),
            new MonitoringAlert(2, 2, AlertKind.FeatureDrift, "income", 0.3, 0.1, "Batch 3 (2024-03): income: PSI 0.3 ≥ 0.1."),
            new MonitoringAlert(3, 3, AlertKind.FeatureDrift, "income", 0.4, 0.1, "Batch 4 (2024-04): income: PSI 0.4 ≥ 0.1."),
        };
        var options = new MonitoringOptions(BatchBy.Month, "date", LabelDelayBatches: 2, Label: label);
        var info = new MonitorInfo(1, "loan monitor", "loan", 2, "0123456789ab", "stream", "train", DateTime.UtcNow, 4, 3);
        return new MonitorResult(info, options, new MonitoringReport(new MonitoringBaseline(2000, 0.2, "roc_auc", 0.8), batches, alerts, 1));
    }

    [Fact]
    public void Report_ShowsEveryBatchAndTheAlertsKnownAtTheEnd()
    {
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result), Result()));

        Assert.Equal("4", cut.Find("#monitor-kpi-batches").TextContent.Trim());
        Assert.Equal("3", cut.Find("#monitor-kpi-alerts").TextContent.Trim());
        Assert.Equal("4", cut.Find("#monitor-now").TextContent.Trim());
        Assert.Equal(3, cut.FindAll("#monitor-alerts tbody tr").Count);
        // Batch 2's performance alert concerns 2024-02 and was known two batches later; the table says both.
        var late = cut.FindAll("#monitor-alerts tbody tr").Single(r => r.TextContent.Contains("roc_auc"));
        Assert.Equal(["2 · 2024-02", "4 · 2024-04", "Performance", "roc_auc 0.6 is 25 % worse."], late.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("1 small batch(es) skipped", cut.Markup);
        Assert.NotNull(cut.Find("#monitor-psi"));
        Assert.NotNull(cut.Find("#monitor-performance"));
    }

    [Fact]
    public async Task MovingNowBack_HidesAlertsRaisedLater()
    {
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result), Result()));
        var slider = cut.FindComponent<MudBlazor.MudSlider<int>>();

        await cut.InvokeAsync(() => slider.Instance.ValueChanged.InvokeAsync(2));

        // At batch 3 only the income drift of batch 3 is known: batch 2's AUC waits for its labels until batch 4.
        Assert.Equal("1", cut.Find("#monitor-kpi-alerts").TextContent.Trim());
        var row = Assert.Single(cut.FindAll("#monitor-alerts tbody tr"));
        Assert.Contains("income: PSI 0.3", row.TextContent);
        Assert.Equal("Inputs and predictions are known up to 2024-03. Labels have arrived up to 2024-01 (2 batch(es) behind), " +
            "so performance is known up to there. Moving on reveals 2 more alert(s).", cut.Find("#monitor-known").TextContent);
    }

    [Fact]
    public async Task NowAtTheStart_ShowsNoAlert()
    {
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result), Result()));
        await cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSlider<int>>().Instance.ValueChanged.InvokeAsync(0));

        Assert.NotNull(cut.Find("#monitor-alerts-none"));
        Assert.Equal("0", cut.Find("#monitor-kpi-alerts").TextContent.Trim());
        Assert.Contains("No labels have arrived yet: they come 2 batch(es) after their predictions.", cut.Find("#monitor-known").TextContent);
    }

    [Fact]
    public void NoLabel_ExplainsThatPerformanceIsNeverKnown()
    {
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result), Result(label: null)));

        Assert.NotNull(cut.Find("#monitor-no-labels"));
        Assert.Empty(cut.FindAll("#monitor-performance"));
    }

    [Fact]
    public void FeatureChoice_StartsOnTheMostDriftedFeature()
    {
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result), Result()));
        var select = cut.FindComponent<MudBlazor.MudSelect<string>>();
        Assert.Equal("income", select.Instance.GetState(x => x.Value));
        Assert.Contains("Missing values and mean of income", cut.Markup);
    }

    [Fact]
    public async Task ClickingAFeatureAlert_ChartsThatFeature()
    {
        var result = Result();
        var alerts = result.Report.Alerts.Append(new MonitoringAlert(3, 3, AlertKind.MissingValues, "age", 0.2, 0.05, "Batch 4 (2024-04): age: 20.0 % missing."));
        var cut = RenderWithProviders<MonitorReportView>((nameof(MonitorReportView.Result),
            result with { Report = result.Report with { Alerts = alerts.ToList() } }));

        var row = cut.FindAll("#monitor-alerts tbody tr").Single(r => r.TextContent.Contains("age: 20.0 % missing"));
        await cut.InvokeAsync(() => row.Click());

        Assert.Contains("Missing values and mean of age", cut.Markup);
        Assert.Equal("age", cut.FindComponent<MudBlazor.MudSelect<string>>().Instance.GetState(x => x.Value));
    }
}
