namespace Workbench.Cli.Tests.Commands;

public sealed class DatasetsCommandTests : IDisposable
{
    private const string Csv = "city,temp\nOslo,3.5\n\"Rome, IT\",18\nLima,\n";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private Task ImportAsync(string name) => cli.RunJsonAsync("datasets", "import", cli.WriteFile(name + ".csv", Csv), "--name", name);

    [Fact]
    public async Task ListWithoutWorkspace_PrintsEmptyArrayAndCreatesNothing()
    {
        var json = await cli.RunJsonAsync("datasets", "list");

        Assert.Equal(0, json.GetArrayLength());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task List_PrintsEveryDatasetWithItsCatalogEntry()
    {
        await ImportAsync("b");
        await ImportAsync("a");

        var json = await cli.RunJsonAsync("datasets", "list");

        Assert.Equal(["a", "b"], json.EnumerateArray().Select(d => d.GetProperty("name").GetString()).Order().ToList());
        var a = json.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "a");
        Assert.Equal(3, a.GetProperty("rows").GetInt64());
        Assert.Equal(2, a.GetProperty("columns").GetArrayLength());
        Assert.Equal(64, a.GetProperty("fingerprint").GetString()!.Length);
        Assert.Equal("a.csv", Path.GetFileName(a.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Export_WritesCsvThatRoundTrips()
    {
        await ImportAsync("cities");
        var target = Path.Combine(cli.Folder, "out.csv");

        var json = await cli.RunJsonAsync("datasets", "export", "cities", "--out", target);

        Assert.Equal(3, json.GetProperty("rows").GetInt64());
        Assert.Equal(target, json.GetProperty("out").GetString());
        var lines = File.ReadAllLines(target);
        Assert.Equal(["city,temp", "Oslo,3.5", "\"Rome, IT\",18", "Lima,"], lines);
    }

    [Fact]
    public async Task ExportUnknownDataset_IsUsageErrorAndWritesNoFile()
    {
        await ImportAsync("cities");
        var target = Path.Combine(cli.Folder, "out.csv");

        var line = (await cli.RunAsync("datasets", "export", "towns", "--out", target)).AssertUsageError();

        Assert.Contains("towns", line);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task ExportToAFolderOrMissingFolder_IsUsageError()
    {
        await ImportAsync("cities");

        (await cli.RunAsync("datasets", "export", "cities", "--out", cli.Folder)).AssertUsageError();
        (await cli.RunAsync("datasets", "export", "cities", "--out", Path.Combine(cli.Folder, "no", "x.csv"))).AssertUsageError();

        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial"));
    }

    [Fact]
    public async Task Rename_KeepsContentAndFingerprint()
    {
        await ImportAsync("cities");
        var before = (await cli.RunJsonAsync("datasets", "list"))[0].GetProperty("fingerprint").GetString();

        var json = await cli.RunJsonAsync("datasets", "rename", "cities", "towns");

        Assert.Equal("towns", json.GetProperty("name").GetString());
        Assert.Equal(before, json.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task RenameUnknown_IsUsageErrorAndLeavesWorkspaceUnchanged()
    {
        await ImportAsync("cities");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "rename", "nope", "towns")).AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("1towns")]
    [InlineData("wb_catalog")]
    public async Task RenameToBadName_IsUsageErrorAndLeavesWorkspaceUnchanged(string newName)
    {
        await ImportAsync("cities");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "rename", "cities", newName)).AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task RenameToTakenName_IsUsageErrorAndLeavesWorkspaceUnchanged()
    {
        await ImportAsync("cities");
        await ImportAsync("towns");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "rename", "cities", "towns")).AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task DeleteWithoutYes_IsUsageErrorAndKeepsTheDataset()
    {
        await ImportAsync("cities");
        var before = await cli.SnapshotAsync();

        var line = (await cli.RunAsync("datasets", "delete", "cities")).AssertUsageError();

        Assert.Contains("--yes", line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task DeleteWithYes_RemovesTheDataset()
    {
        await ImportAsync("cities");
        await ImportAsync("other");

        var json = await cli.RunJsonAsync("datasets", "delete", "cities", "--yes");

        Assert.Equal("cities", json.GetProperty("deleted").GetString());
        var names = (await cli.RunJsonAsync("datasets", "list")).EnumerateArray().Select(d => d.GetProperty("name").GetString());
        Assert.Equal(["other"], names);
    }

    [Theory]
    [InlineData("export", "x", "--out", "x.csv")]
    [InlineData("rename", "x", "y")]
    [InlineData("delete", "x", "--yes")]
    public async Task UnknownDatasetWithoutWorkspace_IsUsageErrorAndCreatesNoWorkspace(params string[] args)
    {
        (await cli.RunAsync(["datasets", .. args])).AssertUsageError();

        Assert.False(File.Exists(cli.Workspace));
    }
}
