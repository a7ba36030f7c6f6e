using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Logging;
using Workbench.Workspace.Pipelines;
using Workbench.Workspace.Profiling;
using Workbench.Workspace.Scenarios;
using Workbench.Workspace.Settings;
using Workbench.Workspace.Sql;
using Workbench.Workspace.Storage;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace;

/// <summary>Registers the workspace services for a host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers the workspace at <paramref name="workspacePath"/> with its stores, the SQL console, profiling,
    /// the format comparison, the job runner, the labs' services and the workspace log provider. No file is touched here:
    /// the host opens the workspace with <see cref="OpenWorkbenchWorkspace"/> when it starts, where a failure can be
    /// reported.</summary>
    /// <remarks>All are singletons: they hold no per-request state and open one connection per operation. Hosts call
    /// <c>AddLogging</c> (ASP.NET does) so the <see cref="WorkspaceLoggerProvider"/> receives the app's log.</remarks>
    public static IServiceCollection AddWorkbenchWorkspace(this IServiceCollection services, string workspacePath)
    {
        var workspace = new SqliteWorkspace(workspacePath);
        services.AddSingleton(workspace);
        services.AddSingleton<IDatasetStore, DatasetStore>();
        services.AddSingleton<ISqlConsole, SqlConsole>();
        services.AddSingleton<ILogStore, LogStore>();
        services.AddSingleton<ISettingsStore, SettingsStore>();
        services.AddSingleton<IProfileService, ProfileService>();
        services.AddSingleton<IFormatComparison, FormatComparison>();
        services.AddSingleton<IJobRunner, JobRunner>();
        services.AddSingleton<IScenarioService, ScenarioService>();
        services.AddSingleton<ITrackingStore, TrackingStore>();
        services.AddSingleton<IModelRegistry, ModelRegistry>();
        services.AddSingleton<ITrainingService, TrainingService>();
        services.AddSingleton<Explain.IExplanationService, Explain.ExplanationService>();
        services.AddSingleton<Monitoring.IMonitoringService, Monitoring.MonitoringService>();
        services.AddSingleton<IPipelineStore, PipelineStore>();
        services.AddSingleton<IPipelinePreviewService, PipelinePreviewService>();
        services.AddSingleton<Labs.Lab05.ILeakageService, Labs.Lab05.LeakageService>();
        services.AddSingleton<Labs.Lab06.IBaselineStudyService, Labs.Lab06.BaselineStudyService>();
        services.AddSingleton<Labs.Lab10.IReturnsService, Labs.Lab10.ReturnsService>();
        services.AddSingleton<WorkspaceLoggerProvider>(_ => new WorkspaceLoggerProvider(workspace));
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(sp => sp.GetRequiredService<WorkspaceLoggerProvider>());
        return services;
    }

    /// <summary>Opens the registered workspace (creating and migrating it, see <see cref="SqliteWorkspace.Migrate"/>).</summary>
    /// <returns>The opened workspace.</returns>
    /// <exception cref="WorkspaceException">The file cannot be used as a workspace; nothing was changed.</exception>
    /// <exception cref="WorkspaceBusyException">Another process kept the file locked.</exception>
    public static SqliteWorkspace OpenWorkbenchWorkspace(this IServiceProvider services)
    {
        var workspace = services.GetRequiredService<SqliteWorkspace>();
        workspace.Migrate();
        return workspace;
    }
}
