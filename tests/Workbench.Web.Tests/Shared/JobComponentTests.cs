using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Tests.Shared;

public class JobComponentTests : WebTestContext
{
    /// <summary>Starts a page job and a kept one that both wait for <see cref="Release"/>, and counts its renders.</summary>
    private sealed class TwoJobs : JobComponent
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public IJob<int> Page { get; private set; } = null!;
        public IJob<int> Kept { get; private set; } = null!;
        public int Renders { get; private set; }

        protected override void OnInitialized()
        {
            Page = StartJob("page", "test", "Only for this page", async ctx => { await Release.Task.WaitAsync(ctx.CancellationToken); return 1; });
            Kept = StartJob("kept", "test", "Asked to keep", async ctx => { await Release.Task.WaitAsync(ctx.CancellationToken); return 2; },
                JobLifetime.Kept);
        }

        protected override void OnAfterRender(bool firstRender) => Renders++;
    }

    [Fact]
    public async Task Dispose_CancelsThePageJobAndKeepsTheKeptOne()
    {
        var cut = Render<TwoJobs>();
        var (page, kept, release) = (cut.Instance.Page, cut.Instance.Kept, cut.Instance.Release);
        Assert.Equal(Services.GetRequiredService<JobScope>().Owner, page.Owner);

        await DisposeComponentsAsync();

        await page.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Canceled, page.State);
        Assert.Equal(JobState.Running, kept.State);
        release.SetResult();
        await kept.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((JobState.Completed, 2), (kept.State, kept.Result));
    }

    [Fact]
    public void EndedJob_RendersTheComponentAgain()
    {
        var cut = Render<TwoJobs>();
        var before = cut.Instance.Renders;

        cut.Instance.Release.SetResult();

        cut.WaitForAssertion(() => Assert.True(cut.Instance.Renders >= before + 1), TimeSpan.FromSeconds(10));
        Assert.Equal((1, 2), (cut.Instance.Page.Result, cut.Instance.Kept.Result));
    }
}
