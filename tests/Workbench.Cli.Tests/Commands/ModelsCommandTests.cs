namespace Workbench.Cli.Tests.Commands;

public sealed class ModelsCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task RegisterAndAlias_ListVersionsWithTheAlias()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(150, 61));
        var first = (await cli.TrainAsync("credit", "--trainer", "Prior")).GetProperty("runId").GetString();
        var second = (await cli.TrainAsync("credit")).GetProperty("runId").GetString();

        var v1 = await cli.RunJsonAsync("models", "register", "--run", first!, "--name", "credit");
        var v2 = await cli.RunJsonAsync("models", "register", "--run", second!, "--name", "credit");
        var versions = await cli.RunJsonAsync("models", "alias", "--name", "credit", "--alias", "champion", "--version", "1");
        var models = await cli.RunJsonAsync("models", "list");

        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(second, versions[0].GetProperty("runId").GetString());
        Assert.Equal(["champion"], versions[1].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, models[0].GetProperty("latestVersion").GetInt32());
        Assert.Equal(1, models[0].GetProperty("aliases").GetProperty("champion").GetInt32());
    }

    [Fact]
    public async Task RegisterUnknownRun_ExitsTwoAndRegistersNothing()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(50, 62));

        var error = (await cli.RunAsync("models", "register", "--run", "000000000000", "--name", "credit")).AssertUsageError();

        Assert.Contains("000000000000", error);
        Assert.Equal(0, (await cli.RunJsonAsync("models", "list")).GetArrayLength());
    }

    [Fact]
    public async Task AliasWithoutVersion_ExitsTwo()
    {
        var error = (await cli.RunAsync("models", "alias", "--name", "m", "--alias", "champion")).AssertUsageError();

        Assert.Contains("--version", error);
    }
}
