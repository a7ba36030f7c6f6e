using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Labs.Lab06;

/// <summary>Lab 06's baseline study: every trainer of the task cross-validated in its own tracked run of the experiment
/// <see cref="BaselineStudy.Experiment"/>, one after the other, and the best registered as champion.</summary>
public interface IBaselineStudyService
{
    /// <summary>The latest finished run of each of the task's trainers on the dataset for that task, in the study's trainer
    /// order.</summary>
    Task<IReadOnlyList<BaselineRun>> LoadLatestAsync(string dataset, Ml.Training.TaskKind task, CancellationToken cancellationToken = default);

    /// <summary>Trains every trainer of the study in turn, each a tracked run with <see cref="BaselineStudy.Folds"/>-fold
    /// cross-validation; <paramref name="trained"/> receives each run as it finishes.</summary>
    /// <exception cref="Ml.Training.TrainingException">The request does not fit the dataset.</exception>
    /// <exception cref="WorkspaceException">The dataset does not exist.</exception>
    Task<IReadOnlyList<BaselineRun>> RunAsync(BaselineStudyRequest request, IProgress<double>? progress = null,
        Action<string>? status = null, Action<BaselineRun>? trained = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <see cref="RunAsync"/> as <paramref name="owner"/>'s background job for the page that shows it:
    /// leaving the page cancels it, and the run in training ends Canceled.</summary>
    /// <param name="trained">Receives each run as it finishes, on the job's thread.</param>
    IJob<IReadOnlyList<BaselineRun>> Start(BaselineStudyRequest request, JobOwner owner, Action<BaselineRun>? trained = null);

    /// <summary>Registers the run's model under <paramref name="modelName"/> and points the alias "champion" at it.</summary>
    Task<ModelVersion> RegisterChampionAsync(string modelName, string runId, CancellationToken cancellationToken = default);
}
