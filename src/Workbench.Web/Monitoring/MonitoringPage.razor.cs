using Microsoft.AspNetCore.Components;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Monitoring;

namespace Workbench.Web.Monitoring;

/// <summary>Runs monitors in the background and shows the chosen one.</summary>
public partial class MonitoringPage
{
    private IJob? job;
    private string? pending;
    private MonitorResult? result;
    private IReadOnlyList<MonitorInfo> monitors = [];
    private string? error;

    [Inject] private IMonitoringService Monitoring { get; set; } = null!;

    private bool Running => job?.State == JobState.Running;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        monitors = await Monitoring.ListAsync();
        if (monitors.Count > 0) result = await Monitoring.GetAsync(monitors[0].Name);
    }

    private void Start(MonitorRequest request)
    {
        error = null;
        pending = request.Name;
        job = Monitoring.Start(request);
    }

    private async Task OnJobFinishedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job)) return;
        monitors = await Monitoring.ListAsync();
        if (finished.State == JobState.Completed && pending is not null) result = await Monitoring.GetAsync(pending);
    }

    private async Task OpenAsync(string name)
    {
        error = null;
        result = await Monitoring.GetAsync(name);
    }

    private async Task DeleteAsync(string name)
    {
        await Monitoring.DeleteAsync(name);
        monitors = await Monitoring.ListAsync();
        if (result?.Info.Name == name) result = null;
    }
}
