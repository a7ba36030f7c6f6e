using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using MudBlazor;
using Workbench.Ml.Monitoring;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Monitoring;

/// <summary>Runs monitors and the instructor demo in the background and shows the chosen monitor.</summary>
/// <remarks>The demo's sizes come from <c>Workbench:MonitoringDemo:StreamRows</c> / <c>ReferenceRows</c>, or the query
/// (<c>?demo-rows=3000&amp;demo-reference-rows=1000</c>, for a quick run in class or in tests).</remarks>
public partial class MonitoringPage
{
    private IJob? job;
    private string? pending;
    private MonitorResult? result;
    private IReadOnlyList<MonitorInfo> monitors = [];
    private MonitoringDemoResult? demoSteps;
    private bool hasModels;
    private string? error;
    private int setupGeneration;
    private bool setupOpen;

    [Inject] private IMonitoringService Monitoring { get; set; } = null!;
    [Inject] private IModelRegistry Registry { get; set; } = null!;
    [Inject] private IConfiguration Configuration { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;

    /// <summary>Rows of the demo stream, overriding the configuration.</summary>
    [SupplyParameterFromQuery(Name = "demo-rows")] public int? DemoRows { get; set; }

    /// <summary>Rows of the demo reference, overriding the configuration.</summary>
    [SupplyParameterFromQuery(Name = "demo-reference-rows")] public int? DemoReferenceRows { get; set; }

    private bool Running => job?.State == JobState.Running;

    private MonitoringDemoRequest DemoRequest => new(
        DemoRows ?? Configuration.GetValue("Workbench:MonitoringDemo:StreamRows", MonitoringDemoPlan.Defaults.StreamRows),
        DemoReferenceRows ?? Configuration.GetValue("Workbench:MonitoringDemo:ReferenceRows", MonitoringDemoPlan.Defaults.ReferenceRows));

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        await RefreshAsync();
        if (monitors.Count > 0) result = await Monitoring.GetAsync(monitors[0].Name);
    }

    private async Task RefreshAsync()
    {
        monitors = await Monitoring.ListAsync();
        hasModels = (await Registry.ListModelsAsync()).Count > 0;
    }

    private void Start(MonitorRequest request)
    {
        error = null;
        demoSteps = null;
        pending = request.Name;
        job = Follow(Monitoring.Start(request, JobOwner));
    }

    private void StartDemo(MonitoringDemoRequest request)
    {
        error = null;
        demoSteps = null;
        pending = MonitoringDemoRequest.Names.Monitor;
        job = Follow(Monitoring.StartDemo(request, JobOwner));
    }

    private async Task OnJobFinishedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job)) return;
        await RefreshAsync();
        setupGeneration++; // the form reloads the registry: the demo may have registered a model
        if (finished.State != JobState.Completed || pending is null) return;
        result = await Monitoring.GetAsync(pending);
        demoSteps = (finished as IJob<MonitoringDemoResult>)?.Result;
    }

    private async Task OpenAsync(string name)
    {
        error = null;
        result = await Monitoring.GetAsync(name);
    }

    private async Task DeleteAsync(MonitorInfo monitor)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete monitor",
            $"Delete the monitor '{monitor.Name}' ({monitor.Batches} batches, {monitor.Alerts} alerts)? The model and the datasets stay. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        try { await Monitoring.DeleteAsync(monitor.Name); }
        catch (WorkspaceException e) { error = e.Message; }
        await RefreshAsync();
        if (result?.Info.Name == monitor.Name)
            result = monitors.Count > 0 ? await Monitoring.GetAsync(monitors[0].Name) : null;
    }
}
