using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Training;
using Workbench.Web.Labs.Lab08;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Training;

namespace Workbench.Web.Tests.Labs.Lab08;

public class Lab08PageTests : WebTestContext
{
    [Fact]
    public void NoRuns_ShowsTheEmptyStateWithTheWaysToTrain()
    {
        var cut = RenderWithProviders<Lab08Page>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#lab08-no-runs")), TimeSpan.FromSeconds(5));
        var links = cut.Find("#lab08-no-runs").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/experiments/train", links);
        Assert.Contains("/labs/06-model-development", links);
        Assert.Contains("Train LightGBM on credit-default", cut.Find("#lab08-train-starter").TextContent);
        Assert.Contains("Choose a run first", cut.Find("#section-shap").TextContent);
    }

    [Fact]
    public void UnknownRunInTheLink_IsExplainedNotThrown()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo(nav.GetUriWithQueryParameter("run", "0123456789ab"));

        var cut = RenderWithProviders<Lab08Page>();

        cut.WaitForAssertion(() => Assert.Contains("There is no run '0123456789ab'", cut.Find("#lab08-run-problem").TextContent),
            TimeSpan.FromSeconds(5));
        Assert.Empty(cut.FindAll("#shap-panel"));
    }

    [Fact]
    public async Task ChoosingATrainedRun_ComputesShapAndDrawsTheFirstRowsWaterfall()
    {
        var datasets = Services.GetRequiredService<IDatasetStore>();
        await BuiltinInstaller.InstallAsync(datasets, "german-credit");
        var trained = await Services.GetRequiredService<ITrainingService>().TrainAsync(new TrainingJobRequest("german-credit",
            new TrainingRequest(TaskKind.Binary, "class", ["duration", "credit_amount", "age", "purpose"], "FastTree",
                new Dictionary<string, string> { ["NumberOfTrees"] = "20" }, Seed: 3), new SplitOptions(TestFraction: 0.1, Seed: 3), 0, "lab08"));

        var cut = RenderWithProviders<Lab08Page>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#lab08-runs-table tbody tr")), TimeSpan.FromSeconds(5));
        cut.Click("#lab08-runs-table tbody tr");
        cut.WaitForAssertion(() => Assert.Contains("tested on 100", cut.Find("#lab08-run-summary").TextContent), TimeSpan.FromSeconds(10));

        // The lab's settings preset the course's permutation importance: log loss, 30 repeats.
        Assert.Equal("30", cut.Find("#pfi-repeats").GetAttribute("value"));
        Assert.Contains("log_loss", cut.Find("#pfi-panel").TextContent);

        cut.Click("#shap-run");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#shap-result")), TimeSpan.FromSeconds(30));
        Assert.Contains($"run {trained.RunId}", cut.Find("#shap-provenance").TextContent);
        Assert.StartsWith("Row 0 ", cut.Find("#shap-waterfall-caption").TextContent);
        Assert.Contains("TreeSHAP (path-dependent, exact)", cut.Find("#shap-method-used").TextContent);
        Assert.Equal(8, cut.FindAll("#shap-rows-table tbody tr").Count);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#lab08-check-shap .mud-success-text")), TimeSpan.FromSeconds(5));

        // Opening the run again (a link with ?run=) shows the cached values at once, without computing.
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo(nav.GetUriWithQueryParameter("run", trained.RunId));
        await DisposeComponentsAsync();
        var again = RenderWithProviders<Lab08Page>();
        again.WaitForAssertion(() => Assert.Contains("Read from the run's cache", again.Find("#shap-provenance").TextContent),
            TimeSpan.FromSeconds(10));
        Assert.Empty(again.FindAll("#shap-job"));
    }
}
