using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Training;

/// <summary>The training engine of Workbench.Ml.Training: the trainer catalog, the training session and the model file.</summary>
internal sealed class MlTrainingEngine : ITrainingEngine
{
    public TrainerDescriptor FindTrainer(string name) => TrainerCatalog.Find(name);

    public TrainingOutcome Run(TabularData data, TrainingRequest request, SplitOptions split, int folds, IProgress<double>? progress,
        CancellationToken cancellationToken) =>
        TrainingSession.Run(data, request, split, folds, progress, cancellationToken);

    public TrainedModel Load(byte[] bytes) => TrainedModelFile.Load(bytes);
}
