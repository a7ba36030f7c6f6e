using Microsoft.AspNetCore.Components;
using Workbench.Ml.Training;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Training;

namespace Workbench.Web.Labs.Lab05;

/// <summary>Starts two tracked training runs that differ only in their pipeline and shows their cross-validation.</summary>
public partial class PipelineComparisonPanel
{
    /// <summary>The experiment the runs are recorded in.</summary>
    public const string Experiment = "lab05-pipelines";

    private readonly IJob?[] jobs = new IJob?[2];
    private readonly string?[] runIds = new string?[2];
    private readonly CrossValidationResult?[] results = new CrossValidationResult?[2];
    private readonly string?[] chosen = [PipelineChoice.CourseA.Name, PipelineChoice.CourseB.Name];
    private string? dataset;
    private string label = Synthetic.Label;
    private string trainer = "LbfgsLogisticRegression";
    private int folds = 5, seed = 42;
    private string? error;

    [Inject] private ITrainingService Training { get; set; } = null!;
    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private Workbench.Workspace.Pipelines.IPipelineStore Pipelines { get; set; } = null!;

    /// <summary>The dataset to start with, when it exists.</summary>
    [Parameter] public string? InitialDataset { get; set; }

    private IReadOnlyList<PipelineChoice> Choices { get; set; } = [PipelineChoice.CourseA, PipelineChoice.CourseB];

    private bool Running => jobs.Any(j => j?.State == JobState.Running);

    private PipelineChoice? Choice(int side) => Choices.FirstOrDefault(c => c.Name == chosen[side]);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        // Saved pipelines from the pipeline builder join the course's two; one that no longer reads is left out.
        var saved = new List<PipelineChoice>();
        foreach (var p in await Pipelines.ListAsync())
        {
            try { saved.Add(new PipelineChoice($"saved: {p.Name}", $"Saved pipeline with {p.Spec.Steps.Count} step(s).", p.Spec)); }
            catch (Workbench.Ml.Pipelines.PipelineException) { }
        }
        Choices = [PipelineChoice.CourseA, PipelineChoice.CourseB, .. saved];
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (dataset is null && InitialDataset is not null && await Datasets.GetAsync(InitialDataset) is not null)
            dataset = InitialDataset;
    }

    private async Task RunAsync()
    {
        error = null;
        Array.Clear(results);
        try
        {
            for (var side = 0; side < 2; side++)
            {
                var choice = Choice(side)!;
                var request = new TrainingRequest(TaskKind.Binary, label.Trim(), [], trainer, Pipeline: choice.Spec, Seed: seed);
                var job = new TrainingJobRequest(dataset!, request, new SplitOptions(TestFraction: 0.2, Seed: seed), folds, Experiment,
                    RunName: $"{choice.Name} · {trainer}", Tags: new Dictionary<string, string> { ["lab"] = "05", ["pipeline"] = choice.Name });
                var started = await Training.StartAsync(job, JobOwner);
                (runIds[side], jobs[side]) = (started.RunId, Follow(started.Job));
            }
        }
        catch (Exception e) when (e is TrainingException or WorkspaceException)
        {
            error = e.Message;
        }
    }

    private async Task OnFinishedAsync(IJob finished)
    {
        var side = Array.IndexOf(jobs, finished);
        if (side < 0 || finished.State != JobState.Completed || runIds[side] is not { } id) return;
        results[side] = await Training.LoadCrossValidationAsync(id);
    }

    /// <summary>The built-in dataset's label.</summary>
    private static class Synthetic
    {
        public const string Label = Workbench.Ml.Synthetic.CreditDefaultGenerator.Label;
    }
}
