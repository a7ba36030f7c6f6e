using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Shell;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Tests.Shell;

public class RunningJobsTests : WebTestContext
{
    [Fact]
    public async Task KeptTrainingJob_IsListedWithALinkToItsRunUntilItEnds()
    {
        var scope = Services.GetRequiredService<JobScope>();
        var release = new TaskCompletionSource();
        var cut = RenderWithProviders<RunningJobs>();
        Assert.Empty(cut.FindAll("#running-jobs"));

        scope.Start("train:0123456789ab", "train", "Training LightGbm on penguins", _ => release.Task, JobLifetime.Kept);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#running-jobs")), TimeSpan.FromSeconds(5));
        await cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudMenu>().Instance.OpenMenuAsync(EventArgs.Empty, false));
        var item = cut.WaitForElement(".wb-running-job", TimeSpan.FromSeconds(5));
        Assert.Contains("Training LightGbm on penguins", item.TextContent);
        Assert.Equal("/runs/0123456789ab", item.GetAttribute("href"));

        release.SetResult();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#running-jobs")), TimeSpan.FromSeconds(5));
    }
}
