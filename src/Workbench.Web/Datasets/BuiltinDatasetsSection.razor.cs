using Microsoft.AspNetCore.Components;
using Workbench.Web.Shared;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Datasets;

/// <summary>Lists the built-in datasets and installs one as a background job with progress.</summary>
public partial class BuiltinDatasetsSection
{
    private readonly Dictionary<string, IJob> jobs = [];

    [Inject] private IDatasetStore Store { get; set; } = null!;

    /// <summary>The workspace's datasets, to mark the installed built-ins.</summary>
    [Parameter] public IReadOnlyList<DatasetInfo> Installed { get; set; } = [];

    /// <summary>Raised after a built-in was installed.</summary>
    [Parameter] public EventCallback<DatasetInfo> OnInstalled { get; set; }

    /// <summary>The catalog shown (the build output's data folder unless a test sets another).</summary>
    [Parameter] public BuiltinCatalog Catalog { get; set; } = BuiltinCatalog.Default;

    private bool IsInstalled(BuiltinDataset dataset) =>
        Installed.Any(i => i.Source == dataset.Source || string.Equals(i.Name, dataset.Name, StringComparison.OrdinalIgnoreCase));

    private bool IsInstalling(BuiltinDataset dataset) =>
        jobs.TryGetValue(dataset.Name, out var job) && job.State == JobState.Running;

    private async Task InstallAsync(BuiltinDataset dataset)
    {
        // Kept: an install the student asked for finishes even if the page is left.
        var job = StartJob($"builtin:{dataset.Name}", "import", $"Installing {dataset.Title}", ctx =>
            BuiltinInstaller.InstallAsync(Store, Catalog, dataset.Name, ctx.Progress, ctx.CancellationToken), JobLifetime.Kept);
        jobs[dataset.Name] = job;
        await job.Completion;
        if (job.State == JobState.Completed && job.Result is { } installed)
        {
            jobs.Remove(dataset.Name);
            await OnInstalled.InvokeAsync(installed);
        }
    }
}
