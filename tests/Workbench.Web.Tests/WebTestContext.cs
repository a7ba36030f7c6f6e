using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Workbench.Web.Hosting;
using Workbench.Workspace;

namespace Workbench.Web.Tests;

/// <summary>The shared bunit base: a real, empty workspace in a temp file, the repository's labs, MudBlazor services,
/// loose JS interop, and async disposal (MudBlazor registers an IAsyncDisposable-only service, so a synchronous Dispose throws).</summary>
public abstract class WebTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>The temp workspace file, deleted after the test.</summary>
    protected string WorkspacePath { get; } = Path.Combine(Path.GetTempPath(), $"wb-web-test-{Guid.NewGuid():N}.db");

    /// <summary>The labs folder the tests read (the repository's labs/, or the copy in the output).</summary>
    public static string LabsFolder { get; } = ContentFolders.Resolve(null, AppContext.BaseDirectory, "labs");

    protected WebTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLogging();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddMudServices();
        Services.AddWorkbenchWorkspace(WorkspacePath);
        Services.AddWorkbenchWeb(LabsFolder);
        // As the web host's start-up does before the first request.
        new SqliteWorkspace(WorkspacePath).Migrate();
    }

    /// <summary>Renders a component after the MudPopoverProvider and MudSnackbarProvider the layout holds.</summary>
    /// <param name="parameters">Parameter names (use nameof) and values.</param>
    protected IRenderedComponent<IComponent> RenderWithProviders<T>(params (string Name, object? Value)[] parameters)
        where T : IComponent => Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<T>(2);
            foreach (var (name, value) in parameters)
                builder.AddComponentParameter(3, name, value);
            builder.CloseComponent();
        });

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(WorkspacePath + suffix);
    }
}
