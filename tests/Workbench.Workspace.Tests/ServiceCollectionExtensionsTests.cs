using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Logging;
using Workbench.Workspace.Profiling;
using Workbench.Workspace.Settings;
using Workbench.Workspace.Sql;
using Workbench.Workspace.Storage;

namespace Workbench.Workspace.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Registration_TouchesNoFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-reg-" + Guid.NewGuid().ToString("N"), "nested");
        var path = Path.Combine(folder, "workspace.db");
        await using var provider = new ServiceCollection().AddLogging().AddWorkbenchWorkspace(path).BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<IDatasetStore>());
        Assert.False(provider.GetRequiredService<SqliteWorkspace>().IsOpened);
        Assert.False(Directory.Exists(Path.GetDirectoryName(folder)));
    }

    [Fact]
    public async Task OpenWorkbenchWorkspace_MigratesAndResolvesEveryService()
    {
        using var temp = new TempWorkspace(migrate: false);
        var services = new ServiceCollection().AddLogging().AddWorkbenchWorkspace(temp.Workspace.Path);
        Assert.DoesNotContain("wb_datasets", temp.Tables());
        await using var provider = services.BuildServiceProvider();
        Assert.True(provider.OpenWorkbenchWorkspace().IsOpened);
        Assert.Contains("wb_datasets", temp.Tables());
        Assert.IsType<DatasetStore>(provider.GetRequiredService<IDatasetStore>());
        Assert.IsType<SqlConsole>(provider.GetRequiredService<ISqlConsole>());
        Assert.IsType<LogStore>(provider.GetRequiredService<ILogStore>());
        Assert.IsType<SettingsStore>(provider.GetRequiredService<ISettingsStore>());
        Assert.IsType<ProfileService>(provider.GetRequiredService<IProfileService>());
        Assert.IsType<FormatComparison>(provider.GetRequiredService<IFormatComparison>());
        Assert.IsType<JobRunner>(provider.GetRequiredService<IJobRunner>());
        Assert.Same(provider.GetRequiredService<IDatasetStore>(), provider.GetRequiredService<IDatasetStore>());

        await provider.GetRequiredService<IDatasetStore>().SaveAsync("x",
            TempWorkspace.Table("x", Ml.Data.DataColumn.Numeric("a", Ml.Data.ColumnType.Integer, [1])), "test");
        await provider.GetRequiredService<WorkspaceLoggerProvider>().FlushAsync();
        var log = await provider.GetRequiredService<ILogStore>().QueryAsync(new LogQuery(SourceContains: nameof(DatasetStore)));
        Assert.Contains(log, e => e.Message.StartsWith("Saved dataset x", StringComparison.Ordinal) && e.Level == nameof(LogLevel.Information));
    }
}
