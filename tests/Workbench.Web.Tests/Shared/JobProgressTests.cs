using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Tests.Shared;

public class JobProgressTests : WebTestContext
{
    private IJob StartWaitingJob(TaskCompletionSource release) =>
        Services.GetRequiredService<IJobRunner>().Start(JobOwner.NewCircuit(), "test", "test", "Counting sheep", async ctx =>
        {
            ctx.Progress.Report(0.5);
            ctx.Status("Halfway there");
            await release.Task.WaitAsync(ctx.CancellationToken);
        });

    [Fact]
    public void RunningJob_ShowsStatusAndCancelEndsIt()
    {
        var release = new TaskCompletionSource();
        var job = StartWaitingJob(release);
        IJob? finished = null;

        var cut = Render<JobProgress>(p => p.Add(c => c.Job, job)
            .Add(c => c.OnFinished, EventCallback.Factory.Create<IJob>(this, j => finished = j)));
        cut.WaitForAssertion(() => Assert.Contains("Halfway there", cut.Markup), TimeSpan.FromSeconds(5));

        cut.Click(".wb-job-cancel");

        cut.WaitForAssertion(() => Assert.Contains("cancelled", cut.Markup), TimeSpan.FromSeconds(5));
        // OnFinished runs just after the render that shows the state, with no render after it: poll.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref finished) is not null, TimeSpan.FromSeconds(5)), "OnFinished was not raised");
        Assert.Equal(JobState.Canceled, finished!.State);
        Assert.Empty(cut.FindAll(".wb-job-cancel"));
    }

    [Fact]
    public void CompletedJob_ReportsOnce()
    {
        var release = new TaskCompletionSource();
        var job = StartWaitingJob(release);
        var calls = 0;
        var cut = Render<JobProgress>(p => p.Add(c => c.Job, job)
            .Add(c => c.OnFinished, EventCallback.Factory.Create<IJob>(this, _ => calls++)));

        release.SetResult();

        cut.WaitForAssertion(() => Assert.Contains("done", cut.Markup), TimeSpan.FromSeconds(5));
        // The callback runs on the renderer's thread just after the "done" render, and no render follows it: poll.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref calls) > 0, TimeSpan.FromSeconds(5)), "OnFinished was not raised");
        cut.Render();
        Assert.Equal(1, Volatile.Read(ref calls)); // a later render does not report again
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void FailedJob_ShowsErrorOnlyWhenAsked(bool showError, int alerts)
    {
        var job = Services.GetRequiredService<IJobRunner>().Start(JobOwner.NewCircuit(), "fail", "test", "Breaking", _ =>
            throw new InvalidOperationException("The disk is full."));

        var cut = Render<JobProgress>(p => p.Add(c => c.Job, job).Add(c => c.ShowError, showError));

        cut.WaitForAssertion(() => Assert.Contains("failed", cut.Markup), TimeSpan.FromSeconds(5));
        Assert.Equal(alerts, cut.FindAll(".mud-alert").Count(a => a.TextContent.Contains("The disk is full.")));
    }
}
