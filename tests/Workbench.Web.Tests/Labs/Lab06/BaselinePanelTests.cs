using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Labs.Lab06;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs.Lab06;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Tests.Labs.Lab06;

public class BaselinePanelTests : WebTestContext
{
    [Fact]
    public async Task LeavingThePage_CancelsTheStudyAndLeavesNoRunRunning()
    {
        await BuiltinInstaller.InstallAsync(Services.GetRequiredService<IDatasetStore>(), "german-credit");
        var cut = RenderWithProviders<BaselinePanel>();
        cut.WaitForAssertion(() => Assert.False(cut.Find("#lab06-run").HasAttribute("disabled")), TimeSpan.FromSeconds(10));

        cut.Click("#lab06-run");
        var study = Assert.Single(Services.GetRequiredService<JobScope>().Recent, j => j.Key == "lab06:baselines");
        Assert.Equal((JobState.Running, JobLifetime.Page), (study.State, study.Lifetime));

        await DisposeComponentsAsync(); // the student navigates away

        await study.Completion.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(JobState.Canceled, study.State);
        var runs = await Services.GetRequiredService<ITrackingStore>().ListRunsAsync(new RunQuery(BaselineStudy.Experiment));
        Assert.DoesNotContain(runs, r => r.Run.Status == RunStatus.Running);
        Assert.True(runs.Count(r => r.Run.Status == RunStatus.Finished) < BaselineStudy.Trainers(Ml.Training.TaskKind.Binary).Count,
            "the study went on after the page was left");
    }

    [Fact]
    public async Task TrainAll_ShowsEveryTrainersFoldsAndTheBestAsChampion()
    {
        await BuiltinInstaller.InstallAsync(Services.GetRequiredService<IDatasetStore>(), "german-credit");
        var cut = RenderWithProviders<BaselinePanel>();
        cut.WaitForAssertion(() => Assert.False(cut.Find("#lab06-run").HasAttribute("disabled")), TimeSpan.FromSeconds(10));

        cut.Click("#lab06-run");

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("#lab06-summary tbody tr").Count), TimeSpan.FromSeconds(120));
        Assert.Equal(["MostFrequent", "Prior", "LbfgsLogisticRegression", "LightGbm"],
            cut.FindAll("#lab06-summary tbody tr").Select(r => r.GetAttribute("data-trainer")));
        Assert.Contains("0.5000 ±", cut.FindAll("#lab06-summary tbody tr")[0].Children[1].TextContent);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#lab06-register")), TimeSpan.FromSeconds(5));

        cut.Click("#lab06-register");

        cut.WaitForAssertion(() => Assert.Contains("is now champion", cut.Find("#lab06-registered").TextContent), TimeSpan.FromSeconds(10));
        var champion = await Services.GetRequiredService<IModelRegistry>().ResolveAsync("german-credit-binary", "champion");
        var best = cut.FindAll("#lab06-summary tbody tr").Single(r => r.TextContent.Contains('★'));
        Assert.Contains(champion.RunId, best.TextContent);
    }
}
