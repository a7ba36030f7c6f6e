using Workbench.Workspace.Settings;

namespace Workbench.Workspace.Tests.Settings;

public class SettingsStoreTests
{
    private sealed record Framing(string Problem, int Score, IReadOnlyList<string> Tags);

    [Fact]
    public async Task SetThenGet_ReturnsTheValue()
    {
        using var temp = new TempWorkspace();
        var store = new SettingsStore(temp.Workspace);
        var value = new Framing("<script>x</script> \"quoted\"", 3, ["a", "b"]);
        await store.SetAsync("lab:01", "framing", value);
        var read = await store.GetAsync<Framing>("lab:01", "framing");
        Assert.Equal(value.Problem, read!.Problem);
        Assert.Equal(value.Tags, read.Tags);
    }

    [Fact]
    public async Task SecondSet_ReplacesAndIncreasesVersion()
    {
        using var temp = new TempWorkspace();
        var store = new SettingsStore(temp.Workspace);
        await store.SetAsync("s", "k", 1);
        await store.SetAsync("s", "k", 2);
        Assert.Equal(2, await store.GetAsync<int>("s", "k"));
        Assert.Equal(2, temp.Scalar("SELECT version FROM wb_settings WHERE scope = 's' AND key = 'k';"));
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_settings;"));
    }

    [Fact]
    public async Task MissingOrIncompatibleValue_ReturnsDefault()
    {
        using var temp = new TempWorkspace();
        var store = new SettingsStore(temp.Workspace);
        Assert.Null(await store.GetAsync<Framing>("none", "none"));
        await store.SetAsync("s", "k", "not a number");
        Assert.Equal(0, await store.GetAsync<int>("s", "k"));
    }
}
