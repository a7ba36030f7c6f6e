using Microsoft.AspNetCore.Components;
using Workbench.Workspace.Monitoring;

namespace Workbench.Web.Monitoring;

/// <summary>Offers the one-click instructor demo, prominently in an empty page or as a secondary button.</summary>
public partial class MonitorDemoPanel
{
    private MonitoringDemoStatus? status;
    private bool replace;

    [Inject] private IMonitoringService Monitoring { get; set; } = null!;

    /// <summary>The demo's sizes and seed (Replace is set by the switch).</summary>
    [Parameter] public MonitoringDemoRequest Request { get; set; } = new();

    /// <summary>A large card with the story (empty page) rather than a single button.</summary>
    [Parameter] public bool Prominent { get; set; }

    /// <summary>True while a job runs (the button is disabled).</summary>
    [Parameter] public bool Busy { get; set; }

    /// <summary>Raised with the request when the instructor presses the button.</summary>
    [Parameter] public EventCallback<MonitoringDemoRequest> OnRun { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync() => status = await Monitoring.GetDemoStatusAsync();

    private Task RunAsync() => OnRun.InvokeAsync(Request with { Replace = replace && status?.Any == true });
}
