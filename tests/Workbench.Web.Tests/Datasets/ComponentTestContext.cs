using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Workbench.Web.Hosting;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Tests.Datasets;

/// <summary>A bunit context with MudBlazor, the web services, loose JS interop, a fake store and an inline job runner; disposed
/// asynchronously as MudBlazor requires.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IDatasetStore>(Store);
        Services.AddSingleton<IJobRunner>(Jobs);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddLogging();
        Services.AddWorkbenchWeb(WebTestContext.LabsFolder);
    }

    private bool popoversRendered;

    protected FakeDatasetStore Store { get; } = new();

    protected InlineJobRunner Jobs { get; } = new();

    /// <summary>Renders the component under a popover provider (selects need one).</summary>
    protected IRenderedComponent<TComponent> RenderWithPopovers<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        if (!popoversRendered) Render<MudPopoverProvider>();
        popoversRendered = true;
        return Render(parameters ?? (_ => { }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
