using Microsoft.AspNetCore.Components;
using Workbench.Ml.Framing;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Settings;

namespace Workbench.Web.Labs.Lab01;

/// <summary>The problem-framing form of lab 01, saved through the settings store.</summary>
public partial class ProblemFramingForm
{
    /// <summary>Where the framing is saved.</summary>
    public const string Scope = "lab:01-ml-systems";

    /// <summary>The settings key of the saved framing.</summary>
    public const string Key = "framing";

    [Inject] private IDatasetStore Datasets { get; set; } = default!;
    [Inject] private ISettingsStore Settings { get; set; } = default!;
    [Inject] private ActionRunner Actions { get; set; } = default!;

    private IReadOnlyList<DatasetInfo> datasets = [];
    private List<string> columns = [];
    private ProblemFrame frame = new(null, null, TaskKind.BinaryClassification, "", "Accuracy", "");
    private string? target;
    private TaskKind task;
    private string metric = "Accuracy";
    private string? objective;
    private string? baseline;
    private bool busy;
    private DateTime? savedAt;

    /// <summary>The dataset and target proposed when nothing was saved yet (from the lab's settings).</summary>
    [Parameter] public string? DefaultDataset { get; set; }

    /// <summary>The default target column.</summary>
    [Parameter] public string? DefaultTarget { get; set; }

    /// <summary>A rarest-class share below this counts as imbalanced.</summary>
    [Parameter] public double ImbalanceThreshold { get; set; } = FramingReview.Defaults.ImbalanceThreshold;

    /// <summary>Raised with the review after each check.</summary>
    [Parameter] public EventCallback<IReadOnlyList<FramingFinding>> OnChecked { get; set; }

    protected override async Task OnInitializedAsync() => await Actions.RunAsync("load the problem framing", async () =>
    {
        datasets = await Datasets.ListAsync();
        var saved = await Settings.GetAsync<ProblemFrame>(Scope, Key);
        frame = saved ?? frame with { Dataset = Exists(DefaultDataset) ? DefaultDataset : null, Target = DefaultTarget };
        (task, metric, objective, baseline) = (frame.Task, frame.Metric, frame.Objective, frame.Baseline);
        await LoadColumnsAsync(frame.Dataset);
        target = columns.Contains(frame.Target ?? "") ? frame.Target : null;
    });

    private bool Exists(string? name) => name is not null && datasets.Any(d => d.Name == name);

    private async Task OnDatasetChanged(string? name)
    {
        frame = frame with { Dataset = name };
        target = null;
        await Actions.RunAsync("list the dataset's columns", () => LoadColumnsAsync(name));
    }

    private async Task LoadColumnsAsync(string? name)
    {
        var info = name is null ? null : await Datasets.GetAsync(name);
        columns = info?.Columns.Select(c => c.Name).ToList() ?? [];
    }

    private async Task CheckAsync()
    {
        busy = true;
        try
        {
            await Actions.RunAsync("check the problem framing", async () =>
            {
                frame = new ProblemFrame(frame.Dataset, target, task, objective ?? "", metric, baseline ?? "");
                await Settings.SetAsync(Scope, Key, frame);
                savedAt = DateTime.Now;
                TargetSummary? summary = null;
                if (frame.Dataset is not null && target is not null)
                {
                    var data = await Datasets.LoadAsync(frame.Dataset, [target]);
                    summary = FramingReview.Summarise(data[target]);
                }
                await OnChecked.InvokeAsync(FramingReview.Review(frame, summary, ImbalanceThreshold));
            });
        }
        finally
        {
            busy = false;
        }
    }
}
