using Workbench.Workspace.Migrations;

namespace Workbench.Workspace.Tests.Migrations;

public class WorkspaceMigratorTests
{
    [Fact]
    public void FreshFile_GetsEveryTableAndLatestVersion()
    {
        using var temp = new TempWorkspace(migrate: false);
        var version = temp.Workspace.Migrate();
        Assert.Equal(WorkspaceMigrations.All.Max(m => m.Version), version);
        Assert.Equal(version, temp.Scalar("PRAGMA user_version;"));
        Assert.Equal(["wb_artifacts", "wb_columns", "wb_datasets", "wb_experiments", "wb_log", "wb_metrics", "wb_model_aliases",
            "wb_model_versions", "wb_models", "wb_monitors", "wb_params", "wb_profiles", "wb_runs", "wb_settings", "wb_tags"], temp.Tables());
        using var connection = temp.Workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA foreign_keys;";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task SecondRun_ChangesNothing()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("kept", TempWorkspace.Table("t", Ml.Data.DataColumn.Numeric("x", Ml.Data.ColumnType.Integer, [1, 2])), "test");
        var before = temp.Workspace.Migrate();
        var after = temp.Workspace.Migrate();
        Assert.Equal(before, after);
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_datasets;"));
        Assert.Equal(2, temp.Scalar("SELECT COUNT(*) FROM kept;"));
    }

    [Fact]
    public void NewerFile_IsRefusedWithClearMessage()
    {
        using var temp = new TempWorkspace();
        temp.Scalar("PRAGMA user_version = 999;");
        var e = Assert.Throws<WorkspaceException>(() => temp.Workspace.Migrate());
        Assert.Contains("schema version 999", e.Message);
        Assert.Contains("Update the workbench", e.Message);
        Assert.Equal(999, temp.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public void Steps_ApplyInOrderEachInItsOwnTransaction()
    {
        using var temp = new TempWorkspace(migrate: false);
        var steps = new List<Migration>
        {
            new(2, "second", "CREATE TABLE b (x); INSERT INTO b SELECT COUNT(*) FROM a;"),
            new(1, "first", "CREATE TABLE a (x); INSERT INTO a VALUES (1);"),
            new(3, "broken", "CREATE TABLE c (x); THIS IS NOT SQL;"),
        };
        using var connection = temp.Workspace.Open();
        Assert.ThrowsAny<Exception>(() => new WorkspaceMigrator(steps).Apply(connection));
        Assert.Equal(2, WorkspaceMigrator.ReadVersion(connection, null));
        Assert.Equal(["a", "b"], temp.Tables());
        Assert.Equal(1, temp.Scalar("SELECT x FROM b;"));
    }
}
