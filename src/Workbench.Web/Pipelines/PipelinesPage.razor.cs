using Microsoft.AspNetCore.Components;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Pipelines;

namespace Workbench.Web.Pipelines;

/// <summary>Wires the builder: the dataset and label, the steps, the background preview, saving and import.</summary>
public partial class PipelinesPage
{
    private readonly string jobKey = $"pipeline-preview:{Guid.NewGuid():N}";
    private List<StepDraft> steps = [];
    private IReadOnlyList<IReadOnlyList<ColumnSchema>> inputs = [];
    private IReadOnlyList<string?> errors = [];
    private PipelineSpec? spec, previewed;
    private string? datasetName, label, loadedName, previewColumn;
    private DatasetInfo? dataset;
    private IJob<PipelinePreview>? job;
    private PipelinePreview? preview;

    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private IPipelinePreviewService Previews { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    private bool Running => job?.State == JobState.Running;

    private bool CanPreview => dataset is not null && spec is not null && steps.Count > 0 && !Running;

    private bool Stale => preview is not null && !Equals(previewed?.ToJson(), spec?.ToJson());

    private string? SaveProblem => steps.Count == 0 ? "Add a step to save the pipeline." : spec is null ? "Fix the steps marked in red to save the pipeline." : null;

    private string PreviewHint => spec is null
        ? "Fix the steps marked in red first."
        : $"Fits the steps on {(dataset!.Rows > PreviewRequest.Defaults.MaxRows ? $"a seeded sample of {PreviewRequest.Defaults.MaxRows:N0} of the {dataset.Rows:N0} rows" : $"all {dataset.Rows:N0} rows")} of {dataset.Name} and shows the result.";

    private string FileName => $"{(loadedName ?? "pipeline").Replace(' ', '-')}.json";

    protected override void OnInitialized() => Recompute();

    private async Task SelectDatasetAsync(string name)
    {
        datasetName = name;
        dataset = await Actions.RunAsync("open a dataset", () => Datasets.GetAsync(name));
        if (label is not null && dataset?.Columns.All(c => c.Name != label) != false) label = null;
        ClearPreview();
        Recompute();
    }

    private void SelectLabel(string? value)
    {
        label = string.IsNullOrEmpty(value) ? null : value;
        ClearPreview();
        Recompute();
    }

    private void OnStepsChanged() => Recompute();

    private async Task LoadAsync(SavedPipeline saved)
    {
        loadedName = saved.Name;
        steps = saved.Spec.Steps.Select(StepDraft.From).ToList();
        if (dataset is null && saved.Dataset is { } name && await Datasets.GetAsync(name) is { } info)
            (datasetName, dataset, label) = (info.Name, info, info.Columns.Any(c => c.Name == saved.Label) ? saved.Label : null);
        ClearPreview();
        Recompute();
    }

    private void Import(PipelineSpec imported)
    {
        steps = imported.Steps.Select(StepDraft.From).ToList();
        ClearPreview();
        Recompute();
    }

    private void StartPreview()
    {
        if (!CanPreview) return;
        var request = new PreviewRequest(dataset!.Name, label, spec!);
        previewed = spec;
        job = StartJob(jobKey, "pipeline-preview", $"Fitting the pipeline on {dataset.Name}", ctx =>
            Previews.PreviewAsync(request, ctx.Progress, ctx.CancellationToken));
    }

    // Only the latest job's result is shown; a replaced job's end is ignored.
    private void OnPreviewFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { } next) return;
        preview = next;
        Recompute();
    }

    private void ClearPreview()
    {
        job?.Cancel();
        (job, preview, previewed) = (null, null, null);
    }

    // The steps' input columns, problems and the spec follow every change.
    private void Recompute()
    {
        var drafts = steps.Select(s => s.Problem() is null ? s.ToStep() : null).ToList();
        spec = drafts.All(d => d is not null) ? new PipelineSpec(drafts!) : null;
        var columns = dataset?.Columns.Where(c => c.Name != label).ToList() ?? [];
        var withMissing = columns.Where(c => c.Missing > 0).Select(c => c.Name).ToHashSet();
        inputs = StepInputs.Of(columns.Select(c => new ColumnSchema(c.Name, c.Type)).ToList(), withMissing, drafts);
        var fitError = Stale ? null : preview;
        errors = steps.Select((s, i) => s.Problem() ?? (fitError?.ErrorStep == i ? fitError.Error : null)).ToList();
    }
}
