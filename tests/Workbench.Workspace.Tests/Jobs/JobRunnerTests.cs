using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Tests.Jobs;

public class JobRunnerTests
{
    private readonly JobRunner _runner = new(NullLogger<JobRunner>.Instance);

    [Fact]
    public async Task Job_ReportsProgressStatusAndCompletes()
    {
        var job = _runner.Start("k", "test", "Testing", async ctx =>
        {
            ctx.Status("halfway");
            ctx.Progress.Report(0.5);
            await Task.Delay(10);
        });
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Completed, job.State);
        Assert.Equal(1.0, job.Progress);
        Assert.Equal("halfway", job.Status);
        Assert.Null(job.Error);
        Assert.Same(job, _runner.Recent[0]);
    }

    [Fact]
    public async Task SameKey_CancelsThePreviousJob()
    {
        var started = new TaskCompletionSource();
        var first = _runner.Start("profile:x", "profile", "First", async ctx =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = _runner.Start("profile:x", "profile", "Second", _ => Task.CompletedTask);
        var other = _runner.Start("profile:y", "profile", "Other", _ => Task.Delay(50));
        await Task.WhenAll(first.Completion, second.Completion, other.Completion).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Canceled, first.State);
        Assert.Equal(JobState.Completed, second.State);
        Assert.Equal(JobState.Completed, other.State);
        Assert.Equal(["Other", "Second", "First"], _runner.Recent.Select(j => j.Title));
    }

    [Fact]
    public async Task Cancel_StopsTheJob()
    {
        var job = _runner.Start("c", "test", "Cancel me", ctx => Task.Delay(Timeout.Infinite, ctx.CancellationToken));
        job.Cancel();
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Canceled, job.State);
    }

    [Fact]
    public async Task Failure_IsCapturedAsError()
    {
        var job = _runner.Start("f", "test", "Fail", _ => throw new WorkspaceException("There is no dataset named 'x'."));
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal("There is no dataset named 'x'.", job.Error);
    }

    [Fact]
    public async Task Recent_KeepsTheLastFifty()
    {
        var jobs = Enumerable.Range(0, 60).Select(i => _runner.Start("k" + i, "test", "Job " + i, _ => Task.CompletedTask)).ToList();
        await Task.WhenAll(jobs.Select(j => j.Completion)).WaitAsync(TimeSpan.FromSeconds(10));
        await _runner.Start("last", "test", "Last", _ => Task.CompletedTask).Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobRunner.MaxRecent, _runner.Recent.Count);
        Assert.Equal("Last", _runner.Recent[0].Title);
    }
}
