using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Tests.Jobs;

public class SharedJobTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly JobRunner _runner = new(NullLogger<JobRunner>.Instance);
    private readonly JobOwner _tab1 = JobOwner.NewCircuit();
    private readonly JobOwner _tab2 = JobOwner.NewCircuit();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _canceled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    private IJob<string> Profile(JobOwner owner) => _runner.Share(owner, "profile:7:1", "profile", "Profiling penguins", async ctx =>
    {
        Interlocked.Increment(ref _runs);
        _started.TrySetResult();
        try
        {
            await _release.Task.WaitAsync(ctx.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            _canceled.TrySetResult(); // the cancellation reached the work itself
            throw;
        }
        return "the profile";
    });

    [Fact]
    public async Task TwoOwners_ShareOneComputationAndBothGetItsResult()
    {
        var first = Profile(_tab1);
        var second = Profile(_tab2);
        Assert.NotSame(first, second);

        _release.SetResult();
        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(Wait);

        Assert.Equal(1, _runs);
        Assert.Equal((JobState.Completed, "the profile"), (first.State, first.Result));
        Assert.Equal((JobState.Completed, "the profile"), (second.State, second.Result));
        Assert.Equal([first], _runner.RecentFor(_tab1));
        Assert.Equal([second], _runner.RecentFor(_tab2));
    }

    [Fact]
    public async Task OneOwnersCancel_WithdrawsOnlyItsInterest()
    {
        var first = Profile(_tab1);
        var second = Profile(_tab2);

        first.Cancel();
        await first.Completion.WaitAsync(Wait);
        Assert.Equal(JobState.Canceled, first.State);
        Assert.Equal(JobState.Running, second.State);
        Assert.False(_canceled.Task.IsCompleted);

        _release.SetResult();
        await second.Completion.WaitAsync(Wait);
        Assert.Equal((JobState.Completed, "the profile"), (second.State, second.Result));
        Assert.Null(first.Result);
        Assert.False(_canceled.Task.IsCompleted);
    }

    [Fact]
    public async Task LastInterestWithdrawn_CancelsTheComputation()
    {
        var first = Profile(_tab1);
        var second = Profile(_tab2);
        // Cancel a computation that is running (on a loaded machine it may not have started yet).
        await _started.Task.WaitAsync(Wait);

        first.Cancel();
        second.Cancel();

        await _canceled.Task.WaitAsync(Wait);
        Assert.Equal((JobState.Canceled, JobState.Canceled), (first.State, second.State));
        // Asked for again, the profile is computed afresh.
        var again = Profile(_tab1);
        Assert.Equal(JobState.Running, again.State);
        _release.SetResult();
        await again.Completion.WaitAsync(Wait);
        Assert.Equal((JobState.Completed, 2), (again.State, _runs));
    }

    [Fact]
    public async Task SameOwnerAskingAgain_GetsItsInterestBack()
    {
        var first = Profile(_tab1);
        var again = Profile(_tab1);
        Assert.Same(first, again);

        var other = Profile(_tab2);
        first.Cancel(); // one withdrawal for the one interest of tab 1: tab 2 still wants it
        _release.SetResult();
        await other.Completion.WaitAsync(Wait);
        Assert.Equal((JobState.Completed, 1), (other.State, _runs));
    }

    [Fact]
    public async Task FailedComputation_FailsEveryInterestWithItsMessage()
    {
        IJob<int> Broken(JobOwner owner) => _runner.Share<int>(owner, "profile:8:1", "profile", "Profiling", async _ =>
        {
            await _release.Task;
            throw new WorkspaceException("There is no dataset named 'x'.");
        });
        var first = Broken(_tab1);
        var second = Broken(_tab2);
        _release.SetResult();
        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(Wait);
        Assert.All(new[] { first, second }, j => Assert.Equal((JobState.Failed, "There is no dataset named 'x'."), (j.State, j.Error)));
    }
}
