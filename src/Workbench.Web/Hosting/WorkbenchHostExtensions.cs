using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;
using Workbench.Web.Shell;
using Workbench.Web.Datasets;
using Workbench.Web.Experiments;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Drift;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs;

namespace Workbench.Web.Hosting;

/// <summary>Every registration and the request pipeline of the web host, in one place.</summary>
public static class WorkbenchHostExtensions
{
    /// <summary>Registers Blazor, MudBlazor, the workspace services, the lab catalog and the shell's per-circuit state.</summary>
    public static WebApplicationBuilder AddWorkbench(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // Registration touches no file: the workspace is opened by the start-up service, before the server listens.
        services.AddWorkbenchWorkspace(WorkspaceLocation.Resolve(config["Workbench:Workspace"]));
        services.AddWorkbenchDrift();
        services.AddSingleton<WorkspaceStartupState>();
        services.AddHostedService<WorkspaceStartupService>();
        services.AddHostedService<Workbench.Web.Datasets.UploadCleanup>();
        services.AddWorkbenchWeb(ContentFolders.Resolve(config["Workbench:Labs"], builder.Environment.ContentRootPath, "labs"));
        return builder;
    }

    /// <summary>The services the pages need besides the workspace: lab catalog, shell state, action runner, and the
    /// circuit's job scope (each browser tab owns its jobs).</summary>
    public static IServiceCollection AddWorkbenchWeb(this IServiceCollection services, string labsFolder)
    {
        services.AddSingleton(new LabCatalog(labsFolder));
        // One owner per circuit; a signed-in user's id will take its place here, so jobs follow the user across tabs.
        services.AddScoped(sp => new JobScope(sp.GetRequiredService<IJobRunner>(), JobOwner.NewCircuit()));
        services.AddScoped<ShellState>();
        services.AddScoped<ActionRunner>();
        return services;
    }

    /// <summary>Error page, optional HTTPS redirection, static files (ours and the packages'), and the Blazor endpoints.</summary>
    public static WebApplication UseWorkbench(this WebApplication app)
    {
        app.UseWorkspaceStartupError();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // Redirect only when the app listens on HTTPS; an http-only run would log "Failed to determine the https port".
        if (app.Configuration["urls"]?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true
            && !app.Configuration.GetValue<bool>("DisableHttpsRedirection"))
            app.UseHttpsRedirection();
        var assets = ContentFolders.Resolve(app.Configuration["Workbench:Assets"], app.Environment.ContentRootPath, "wwwroot-assets");
        if (Directory.Exists(assets))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapDatasetExport();
        app.MapRunArtifacts();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
