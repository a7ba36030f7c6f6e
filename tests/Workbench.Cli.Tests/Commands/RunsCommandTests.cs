using Microsoft.Data.Sqlite;
using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Tests.Commands;

public sealed class RunsCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task List_ShowsNewestFirstAndFiltersByExperiment()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(150, 51));
        var first = (await cli.TrainAsync("credit", "--trainer", "Prior", "--experiment", "a")).GetProperty("runId").GetString();
        var second = (await cli.TrainAsync("credit", "--trainer", "LightGbm", "--experiment", "b")).GetProperty("runId").GetString();

        var all = await cli.RunJsonAsync("runs", "list");
        var onlyA = await cli.RunJsonAsync("runs", "list", "--experiment", "a");

        Assert.Equal([second, first], all.EnumerateArray().Select(r => r.GetProperty("run").GetProperty("id").GetString()));
        Assert.Equal(first, onlyA.EnumerateArray().Single().GetProperty("run").GetProperty("id").GetString());
        Assert.Equal("finished", all[0].GetProperty("run").GetProperty("status").GetString());
        Assert.Equal("cli", all[0].GetProperty("run").GetProperty("source").GetString());
        Assert.True(all[0].GetProperty("metrics").GetProperty("test.roc_auc").GetDouble() > 0);
    }

    [Fact]
    public async Task Show_GroupsMetricsBySplitAndListsArtifacts()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(200, 52));
        var train = await cli.TrainAsync("credit", "--param", "NumberOfLeaves=7", "--seed", "5");
        var id = train.GetProperty("runId").GetString()!;

        var show = await cli.RunJsonAsync("runs", "show", id);

        Assert.Equal(id, show.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(5, show.GetProperty("run").GetProperty("seed").GetInt32());
        Assert.Equal("7", show.GetProperty("parameters").GetProperty("NumberOfLeaves").GetString());
        Assert.Equal(train.GetProperty("metrics").GetProperty("log_loss").GetDouble(),
            show.GetProperty("metrics").GetProperty("test").GetProperty("log_loss").GetDouble(), 12);
        Assert.True(show.GetProperty("metrics").TryGetProperty("train", out _));
        Assert.Contains("model.zip", show.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(0, show.GetProperty("folds").GetArrayLength());
    }

    [Fact]
    public async Task Show_ReportsAnInterruptedRun()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(50, 53));
        var id = await cli.WithStoreAsync(store => store.StartRunAsync(new NewRun("Default", "cut off", "web", Dataset: "credit")));
        // The web server that owned the run is gone (another instance, a pid that does not exist).
        using (var connection = new SqliteConnection($"Data Source={cli.Workspace};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE wb_runs SET owner_instance = 'gone', owner_pid = 2147483646 WHERE id = '{id.Id}';";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        Assert.Equal(1, await cli.WithStoreAsync(store => store.MarkInterruptedAsync()));

        var show = await cli.RunJsonAsync("runs", "show", id.Id);

        Assert.Equal("interrupted", show.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal("web", show.GetProperty("run").GetProperty("source").GetString());
    }

    [Fact]
    public async Task ListWithoutWorkspace_IsEmptyAndCreatesNothing()
    {
        var json = await cli.RunJsonAsync("runs", "list");

        Assert.Equal(0, json.GetArrayLength());
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ShowUnknownRun_ExitsTwo()
    {
        await cli.ImportAsync("credit", LabeledData.Binary(50, 54));

        var error = (await cli.RunAsync("runs", "show", "ffffffffffff")).AssertUsageError();

        Assert.Contains("no run 'ffffffffffff'", error);
    }

    [Fact]
    public async Task ListWithBadStatus_ExitsTwo()
    {
        var error = (await cli.RunAsync("runs", "list", "--status", "done")).AssertUsageError();

        Assert.Contains("--status 'done'", error);
    }
}
