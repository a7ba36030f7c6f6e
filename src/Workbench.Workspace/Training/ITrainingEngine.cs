using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Training;

/// <summary>The calls into Workbench.Ml.Training the training service makes (a seam, so the recording can be tested
/// with a fake learner).</summary>
internal interface ITrainingEngine
{
    /// <summary>The trainer of that name (<see cref="TrainingException"/> listing valid names when unknown).</summary>
    TrainerDescriptor FindTrainer(string name);

    /// <summary>Splits, cross-validates, fits and evaluates (<c>TrainingSession.Run</c>).</summary>
    TrainingOutcome Run(TabularData data, TrainingRequest request, SplitOptions split, int folds, IProgress<double>? progress,
        CancellationToken cancellationToken);

    /// <summary>Reads a saved model (<c>TrainedModelFile.Load</c>).</summary>
    TrainedModel Load(byte[] bytes);
}
