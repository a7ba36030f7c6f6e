using System.Text.Json;

namespace Workbench.Cli.Tests.Commands;

public sealed class ProfileCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Profile_PrintsTheProfileJson()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("x.csv", "n,c\n1,a\n2,b\n3,a\n4,\n"), "--name", "x");

        var json = await cli.RunJsonAsync("profile", "x");

        Assert.Equal(4, json.GetProperty("overview").GetProperty("rows").GetInt64());
        var columns = json.GetProperty("columns");
        Assert.Equal(2, columns.GetArrayLength());
        var n = columns[0];
        Assert.Equal("n", n.GetProperty("name").GetString());
        Assert.Equal(2.5, n.GetProperty("numeric").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(1, columns[1].GetProperty("missing").GetInt64());
    }

    [Fact]
    public async Task ProfileToFile_WritesTheSameJson()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("x.csv", "n\n1\n2\n"), "--name", "x");
        var target = Path.Combine(cli.Folder, "profile.json");

        var json = await cli.RunJsonAsync("profile", "x", "--out", target);

        Assert.Equal(target, json.GetProperty("out").GetString());
        var written = JsonDocument.Parse(File.ReadAllText(target)).RootElement;
        Assert.Equal(2, written.GetProperty("overview").GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task UnknownDataset_IsUsageErrorAndLeavesWorkspaceUnchanged()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("x.csv", "n\n1\n"), "--name", "x");
        var before = await cli.SnapshotAsync();

        var line = (await cli.RunAsync("profile", "y")).AssertUsageError();

        Assert.Contains("'y'", line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task UnknownDatasetWithoutWorkspace_CreatesNoWorkspace()
    {
        (await cli.RunAsync("profile", "y")).AssertUsageError();

        Assert.False(File.Exists(cli.Workspace));
    }
}
