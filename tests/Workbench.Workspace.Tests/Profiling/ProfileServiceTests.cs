using Workbench.Ml.Data;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Tests.Profiling;

public class ProfileServiceTests
{
    private static TabularData Data(int rows) => TempWorkspace.Table("d",
        DataColumn.Numeric("x", ColumnType.Real, Enumerable.Range(0, rows).Select(i => i * 0.5).ToArray()),
        DataColumn.Text("c", ColumnType.Categorical, Enumerable.Range(0, rows).Select(i => "k" + i % 3).ToArray()));

    [Fact]
    public async Task NothingComputed_CachedIsNull()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("d", Data(10), "test");
        Assert.Null(await temp.Profiles().GetCachedAsync("d"));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Profiles().GetCachedAsync("nope"));
    }

    [Fact]
    public async Task SecondRequest_IsServedFromCache()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("d", Data(50_000), "test");
        var service = temp.Profiles();
        var reports = new List<double>();
        var first = await service.GetOrComputeAsync("d", new SyncProgress(reports.Add));
        Assert.Equal(50_000, first.Overview.Rows);
        Assert.True(first.Overview.SizeBytes > 0);
        Assert.Equal(1.0, reports[^1]);
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_profiles;"));
        var cached = await service.GetCachedAsync("d");
        Assert.NotNull(cached);
        Assert.Equal(first.Overview.Rows, cached.Overview.Rows);
        Assert.Equal(first.Columns.Select(c => c.Name), cached.Columns.Select(c => c.Name));
        // Mark the cached copy: a cache hit returns the mark, a recomputation would not.
        temp.Scalar("UPDATE wb_profiles SET json = json_set(json, '$.overview.rows', 12345);");
        var again = await service.GetOrComputeAsync("d");
        Assert.Equal(12345, again.Overview.Rows);
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_profiles;"));
    }

    [Fact]
    public async Task Rename_KeepsCacheUnderNewName()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("before", Data(10), "test");
        await temp.Profiles().GetOrComputeAsync("before");
        await temp.Datasets.RenameAsync("before", "after");
        var cached = await temp.Profiles().GetCachedAsync("after");
        Assert.Equal("after", cached!.DatasetName);
    }

    [Fact]
    public async Task Compare_AlignsColumnsOfBothDatasets()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("left", Data(10), "test");
        await temp.Datasets.SaveAsync("right", Data(20), "test");
        var comparison = await temp.Profiles().CompareAsync("left", "right");
        Assert.Equal(10, comparison.Left.Overview.Rows);
        Assert.Equal(20, comparison.Right.Overview.Rows);
        Assert.Equal(["x", "c"], comparison.Columns.Select(c => c.Name));
    }

    [Fact]
    public async Task TwoTabs_ShareOneProfilingAndOnesCancelLeavesTheOther()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("d", Data(200_000), "test");
        var service = temp.Profiles();
        var (tab1, tab2) = (JobOwner.NewCircuit(), JobOwner.NewCircuit());

        var first = await service.StartAsync("d", tab1);
        var second = await service.StartAsync("d", tab2);
        first.Cancel();
        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(("profile", "Profiling d"), (second.Kind, second.Title));
        Assert.Equal(first.Key, second.Key);
        Assert.Equal(JobState.Completed, second.State);
        Assert.Equal(200_000, second.Result!.Overview.Rows);
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_profiles;"));
        await Assert.ThrowsAsync<WorkspaceException>(() => service.StartAsync("nope", tab1));
    }
}
