using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Tests.Jobs;

public class JobRunnerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly JobRunner _runner = new(NullLogger<JobRunner>.Instance);
    private readonly JobOwner _owner = JobOwner.NewCircuit();

    [Fact]
    public async Task Job_ReportsProgressStatusAndCompletes()
    {
        var job = _runner.Start(_owner, "k", "test", "Testing", async ctx =>
        {
            ctx.Status("halfway");
            ctx.Progress.Report(0.5);
            await Task.Delay(10);
        });
        await job.Completion.WaitAsync(Wait);
        Assert.Equal(JobState.Completed, job.State);
        Assert.Equal(1.0, job.Progress);
        Assert.Equal("halfway", job.Status);
        Assert.Null(job.Error);
        Assert.Same(job, _runner.RecentFor(_owner)[0]);
        Assert.Equal((_owner, "k", JobLifetime.Page), (job.Owner, job.Key, job.Lifetime));
    }

    [Fact]
    public async Task TypedJob_HoldsTheWorksResultOnlyOnceCompleted()
    {
        var release = new TaskCompletionSource();
        var job = _runner.Start(_owner, "answer", "test", "Answering", async _ =>
        {
            await release.Task;
            return 42;
        });
        Assert.Equal(0, job.Result);
        release.SetResult();
        await job.Completion.WaitAsync(Wait);
        Assert.Equal((JobState.Completed, 42), (job.State, job.Result));
    }

    [Fact]
    public async Task SameOwnerSameKey_CancelsThePreviousJob()
    {
        var started = new TaskCompletionSource();
        var first = _runner.Start(_owner, "profile:x", "profile", "First", async ctx =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
        });
        await started.Task.WaitAsync(Wait);
        var second = _runner.Start(_owner, "profile:x", "profile", "Second", _ => Task.CompletedTask);
        var other = _runner.Start(_owner, "profile:y", "profile", "Other", _ => Task.Delay(50));
        await Task.WhenAll(first.Completion, second.Completion, other.Completion).WaitAsync(Wait);
        Assert.Equal(JobState.Canceled, first.State);
        Assert.Equal(JobState.Completed, second.State);
        Assert.Equal(JobState.Completed, other.State);
        Assert.Equal(["Other", "Second", "First"], _runner.RecentFor(_owner).Select(j => j.Title));
    }

    [Fact]
    public async Task TwoOwnersSameKey_BothCompleteWithTheirOwnResults()
    {
        var tab1 = JobOwner.NewCircuit();
        var tab2 = JobOwner.NewCircuit();
        var bothStarted = new Barrier(2);
        IJob<string> Drift(JobOwner owner, string answer) => _runner.Start(owner, "drift", "drift", "Comparing", async ctx =>
        {
            await Task.Run(() => bothStarted.SignalAndWait(Wait), ctx.CancellationToken);
            return answer;
        });

        var first = Drift(tab1, "tab 1's report");
        var second = Drift(tab2, "tab 2's report");
        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(Wait);

        Assert.Equal((JobState.Completed, "tab 1's report"), (first.State, first.Result));
        Assert.Equal((JobState.Completed, "tab 2's report"), (second.State, second.Result));
        Assert.Equal([first], _runner.RecentFor(tab1));
        Assert.Equal([second], _runner.RecentFor(tab2));
    }

    [Fact]
    public async Task Cancel_StopsTheJob()
    {
        var job = _runner.Start(_owner, "c", "test", "Cancel me", ctx => Task.Delay(Timeout.Infinite, ctx.CancellationToken));
        job.Cancel();
        await job.Completion.WaitAsync(Wait);
        Assert.Equal(JobState.Canceled, job.State);
    }

    [Fact]
    public async Task Failure_IsCapturedAsError()
    {
        var job = _runner.Start(_owner, "f", "test", "Fail", _ => throw new WorkspaceException("There is no dataset named 'x'."));
        await job.Completion.WaitAsync(Wait);
        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal("There is no dataset named 'x'.", job.Error);
    }

    [Fact]
    public async Task Recent_KeepsTheLastFiftyOfTheOwner()
    {
        var jobs = Enumerable.Range(0, 60).Select(i => _runner.Start(_owner, "k" + i, "test", "Job " + i, _ => Task.CompletedTask)).ToList();
        await Task.WhenAll(jobs.Select(j => j.Completion)).WaitAsync(Wait);
        await _runner.Start(_owner, "last", "test", "Last", _ => Task.CompletedTask).Completion.WaitAsync(Wait);
        Assert.Equal(JobRunner.MaxRecent, _runner.RecentFor(_owner).Count);
        Assert.Equal("Last", _runner.RecentFor(_owner)[0].Title);
        Assert.Empty(_runner.RecentFor(JobOwner.NewCircuit()));
    }

    [Fact]
    public async Task Forget_DropsFinishedJobsAndKeepsRunningOnesUntilTheyEnd()
    {
        await _runner.Start(_owner, "done", "test", "Done", _ => Task.CompletedTask).Completion.WaitAsync(Wait);
        var release = new TaskCompletionSource();
        var kept = _runner.Start(_owner, "train:1", "train", "Training", _ => release.Task, JobLifetime.Kept);

        _runner.Forget(_owner);

        Assert.Equal([kept], _runner.RecentFor(_owner));
        release.SetResult();
        await kept.Completion.WaitAsync(Wait);
        Assert.True(SpinWait.SpinUntil(() => _runner.RecentFor(_owner).Count == 0, Wait), "the ended job stayed listed");
        Assert.Equal(JobState.Completed, kept.State);
    }
}
