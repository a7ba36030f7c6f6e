using Workbench.Ml.Pipelines;
using Workbench.Workspace.Pipelines;
using Workbench.Workspace.Settings;

namespace Workbench.Workspace.Tests.Pipelines;

public class PipelineStoreTests
{
    private static readonly PipelineSpec Spec = new([
        new ImputeStep(["age"], ImputeStrategy.Median, AddIndicator: true),
        new ScaleStep(["age", "income"], ScaleMethod.Robust),
        new OneHotStep(["city"]),
    ]);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }

    private static PipelineStore Store(TempWorkspace temp, TimeProvider? clock = null) => new(new SettingsStore(temp.Workspace), clock);

    [Fact]
    public async Task SaveThenGet_ReturnsTheSameSpecCaseInsensitively()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        await store.SaveAsync("Credit basics", Spec, "german-credit", "default");

        var read = await Store(temp).GetAsync("credit BASICS");

        Assert.NotNull(read);
        Assert.Equal("Credit basics", read.Name);
        Assert.Equal(Spec.ToJson(), read.Spec.ToJson());
        Assert.Equal(3, read.StepCount);
        Assert.Equal(("german-credit", "default"), (read.Dataset, read.Label));
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_settings WHERE scope = 'pipelines';"));
    }

    [Fact]
    public async Task List_IsOrderedByNameIgnoringCase()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        foreach (var name in new[] { "zeta", "Alpha", "beta" })
            await store.SaveAsync(name, Spec);

        Assert.Equal(["Alpha", "beta", "zeta"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task SaveUnderExistingName_ReplacesAndKeepsCreationTime()
    {
        using var temp = new TempWorkspace();
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var store = Store(temp, clock);
        await store.SaveAsync("p", Spec);
        clock.Advance(TimeSpan.FromHours(1));
        var replaced = await store.SaveAsync("P", new PipelineSpec([new DropStep(["id"])]));

        Assert.Single(await store.ListAsync());
        Assert.Equal("p", replaced.Name);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), replaced.Created);
        Assert.Equal(replaced.Created.AddHours(1), replaced.Updated);
        Assert.Equal("drop", (await store.GetAsync("p"))!.Spec.Steps.Single().Kind);
    }

    [Fact]
    public async Task Rename_KeepsTheSpecUnderTheNewName()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        await store.SaveAsync("old", Spec);

        await store.RenameAsync("OLD", "new name");

        Assert.Null(await store.GetAsync("old"));
        Assert.Equal(Spec.ToJson(), (await store.GetAsync("new name"))!.SpecJson);
    }

    [Fact]
    public async Task RenameOntoAnotherPipeline_IsRefusedAndChangesNothing()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        await store.SaveAsync("a", Spec);
        await store.SaveAsync("b", Spec);

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => store.RenameAsync("a", "B"));

        Assert.Contains("'b' already exists", e.Message);
        Assert.Equal(["a", "b"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task RenameChangingOnlyCase_IsAllowed()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        await store.SaveAsync("scaled", Spec);

        await store.RenameAsync("scaled", "Scaled");

        Assert.Equal(["Scaled"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task Delete_RemovesOnlyThatPipeline()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        await store.SaveAsync("keep", Spec);
        await store.SaveAsync("remove", Spec);

        await store.DeleteAsync("Remove");

        Assert.Equal(["keep"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task UnknownName_IsRefusedWithTheSavedNames()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);
        var empty = await Assert.ThrowsAsync<WorkspaceException>(() => store.DeleteAsync("nope"));
        Assert.Contains("no pipelines are saved yet", empty.Message);
        await store.SaveAsync("one", Spec);
        await store.SaveAsync("two", Spec);

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => store.RenameAsync("three", "four"));

        Assert.Contains("Saved pipelines: one, two.", e.Message);
        Assert.Equal(["one", "two"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("semi;colon")]
    [InlineData("slash/name")]
    [InlineData("<script>")]
    public async Task InvalidName_IsRefusedAndNothingIsWritten(string name)
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => store.SaveAsync(name, Spec));

        Assert.Contains("name", e.Message);
        Assert.Empty(await store.ListAsync());
        Assert.Equal(0, temp.Scalar("SELECT COUNT(*) FROM wb_settings;"));
    }

    [Fact]
    public async Task TooLongName_IsRefusedWithItsLength()
    {
        using var temp = new TempWorkspace();
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Store(temp).SaveAsync(new string('a', 65), Spec));
        Assert.Contains("65 characters", e.Message);
    }

    [Fact]
    public async Task ConcurrentSaves_AreAllKept()
    {
        using var temp = new TempWorkspace();
        var store = Store(temp);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.SaveAsync($"p{i:00}", Spec)));

        Assert.Equal(20, (await store.ListAsync()).Count);
    }
}
