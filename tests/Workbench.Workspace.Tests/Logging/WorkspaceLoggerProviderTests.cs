using Microsoft.Extensions.Logging;
using Workbench.Workspace.Logging;

namespace Workbench.Workspace.Tests.Logging;

public class WorkspaceLoggerProviderTests
{
    [Fact]
    public async Task LoggedEntries_AreWrittenAndQueryable()
    {
        using var temp = new TempWorkspace();
        using var provider = new WorkspaceLoggerProvider(temp.Workspace);
        var logger = provider.CreateLogger("Workbench.Tests.Import");
        logger.LogInformation("Imported {Rows} rows of {Name}", 42, "<b>pets</b>");
        logger.LogWarning("Refused a name");
        logger.LogDebug("Below the minimum level");
        logger.LogError(new InvalidOperationException("boom"), "It failed");
        await provider.FlushAsync();
        var store = new LogStore(temp.Workspace);
        var all = await store.QueryAsync(new LogQuery());
        Assert.Equal(["It failed", "Refused a name", "Imported 42 rows of <b>pets</b>"], all.Select(e => e.Message));
        Assert.Equal(["Error", "Warning", "Information"], all.Select(e => e.Level));
        Assert.Contains("boom", all[0].Exception);
        Assert.All(all, e => Assert.Equal("Workbench.Tests.Import", e.Source));
        Assert.InRange(all[0].Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Query_FiltersByLevelSourceTextAndTime()
    {
        using var temp = new TempWorkspace();
        using var provider = new WorkspaceLoggerProvider(temp.Workspace);
        provider.CreateLogger("A.Datasets").LogInformation("imported 100%_done");
        provider.CreateLogger("B.Sql").LogWarning("refused INSERT");
        await provider.FlushAsync();
        var store = new LogStore(temp.Workspace);
        Assert.Equal(["refused INSERT"], (await store.QueryAsync(new LogQuery(Levels: ["Warning"]))).Select(e => e.Message));
        Assert.Equal(["imported 100%_done"], (await store.QueryAsync(new LogQuery(SourceContains: "datasets"))).Select(e => e.Message));
        Assert.Equal(["imported 100%_done"], (await store.QueryAsync(new LogQuery(TextContains: "%_"))).Select(e => e.Message));
        Assert.Empty(await store.QueryAsync(new LogQuery(From: DateTimeOffset.UtcNow.AddHours(1))));
        Assert.Equal(2, (await store.QueryAsync(new LogQuery(To: DateTimeOffset.UtcNow.AddMinutes(1)))).Count);
        Assert.Equal(["A.Datasets", "B.Sql"], await store.SourcesAsync());
    }

    [Fact]
    public async Task ManyEntries_KeepOnlyTheNewest()
    {
        using var temp = new TempWorkspace();
        using var provider = new WorkspaceLoggerProvider(temp.Workspace, LogLevel.Information, maxEntries: 100);
        var logger = provider.CreateLogger("Flood");
        for (var i = 0; i < 2_000; i++) logger.LogInformation("entry {I}", i);
        await provider.FlushAsync();
        logger.LogInformation("entry {I}", 2_000);
        await provider.FlushAsync();
        var kept = temp.Scalar("SELECT COUNT(*) FROM wb_log;");
        Assert.Equal(100, kept);
        var newest = await new LogStore(temp.Workspace).QueryAsync(new LogQuery(Limit: 1));
        Assert.Equal("entry 2000", newest[0].Message);
    }

    [Fact]
    public async Task BrokenWorkspace_NeverThrowsIntoCallers()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-log-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Not migrated: the table is missing, so every insert fails inside the provider.
            var workspace = new SqliteWorkspace(Path.Combine(folder, "w.db"));
            using var provider = new WorkspaceLoggerProvider(workspace);
            var logger = provider.CreateLogger("X");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 1000; i++) logger.LogInformation("entry {I}", i);
            logger.Log(LogLevel.Information, default, "state", null, (_, _) => throw new FormatException("bad formatter"));
            Assert.True(clock.ElapsedMilliseconds < 1000, $"logging blocked for {clock.ElapsedMilliseconds} ms");
            await provider.FlushAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }
}
