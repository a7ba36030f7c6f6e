using Workbench.Workspace.Builtin;

namespace Workbench.Cli.Tests.Commands;

public sealed class BuiltinCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task List_PrintsEveryBuiltinWithAvailabilityAndCreatesNoWorkspace()
    {
        var json = await cli.RunJsonAsync("datasets", "builtin");

        var names = json.EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Equal(BuiltinCatalog.Default.All.Select(d => d.Name), names);
        var penguins = json[0];
        Assert.True(penguins.GetProperty("available").GetBoolean());
        Assert.False(penguins.GetProperty("installed").GetBoolean());
        Assert.Equal(344, penguins.GetProperty("rows").GetInt64());
        Assert.Equal("CC0 1.0", penguins.GetProperty("licence").GetString());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Theory]
    [InlineData("penguins", 344, 8)]
    [InlineData("german-credit", 1000, 22)]
    [InlineData("seattle-weather", 1461, 6)]
    public async Task Install_GivesTheDocumentedRowCountAndBuiltinSource(string name, long rows, int columns)
    {
        var json = await cli.RunJsonAsync("datasets", "builtin", name);

        Assert.Equal(name, json.GetProperty("name").GetString());
        Assert.Equal(rows, json.GetProperty("rows").GetInt64());
        Assert.Equal(BuiltinCatalog.Default.Find(name)!.Rows, rows);
        Assert.Equal(columns, json.GetProperty("columns").GetArrayLength());
        Assert.Equal("builtin:" + name, json.GetProperty("source").GetString());
        var listed = await cli.RunJsonAsync("datasets", "builtin");
        Assert.True(listed.EnumerateArray().Single(d => d.GetProperty("name").GetString() == name).GetProperty("installed").GetBoolean());
    }

    [Fact]
    public async Task InstallTwice_IsUsageErrorAndLeavesWorkspaceUnchanged()
    {
        await cli.RunJsonAsync("datasets", "builtin", "penguins");
        var before = await cli.SnapshotAsync();

        var line = (await cli.RunAsync("datasets", "builtin", "penguins")).AssertUsageError();

        Assert.Contains("already exists", line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task UnknownBuiltin_IsUsageErrorListingTheNamesAndCreatesNoWorkspace()
    {
        var line = (await cli.RunAsync("datasets", "builtin", "iris")).AssertUsageError();

        Assert.Contains("penguins", line);
        Assert.False(File.Exists(cli.Workspace));
    }
}
