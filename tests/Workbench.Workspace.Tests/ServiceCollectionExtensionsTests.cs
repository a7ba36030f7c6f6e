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
    public async Task Registration_MigratesAndResolvesEveryService()
    {
        using var temp = new TempWorkspace(migrate: false);
        var services = new ServiceCollection().AddLogging().AddWorkbenchWorkspace(temp.Workspace.Path);
        Assert.Contains("wb_datasets", temp.Tables());
        await using var provider = services.BuildServiceProvider();
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
