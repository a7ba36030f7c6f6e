using Workbench.Ml.Data;
using Workbench.Ml.Explain;

namespace Workbench.Ml.Training;

/// <summary>A fitted model: its feature pipeline and learner, what it needs as input, and how to score, save and
/// explain it. ML.NET types stay inside; callers see tables and arrays only.</summary>
public abstract class TrainedModel
{
    /// <summary>The task.</summary>
    public abstract TaskKind Task { get; }

    /// <summary>The trainer's name (see <see cref="TrainerDescriptor.Name"/>).</summary>
    public abstract string Trainer { get; }

    /// <summary>The label column.</summary>
    public abstract string Label { get; }

    /// <summary>The original input columns, with the types they had in training.</summary>
    public abstract IReadOnlyList<ModelInputColumn> InputSchema { get; }

    /// <summary>Classification: the class labels (binary: negative then positive). Empty for regression.</summary>
    public abstract IReadOnlyList<string> Classes { get; }

    /// <summary>Every hyperparameter with the value used (defaults filled in), as invariant text.</summary>
    public abstract IReadOnlyDictionary<string, string> Hyperparameters { get; }

    /// <summary>The seed the model was trained with.</summary>
    public abstract int Seed { get; }

    /// <summary>Scores a table that has every column of <see cref="InputSchema"/> (extra columns, the label included,
    /// are ignored).</summary>
    /// <exception cref="TrainingException">A needed column is missing or has text where numbers are needed.</exception>
    public abstract ModelPredictions Predict(TabularData data);

    /// <summary>Multiclass: per row, the raw score of each class in <see cref="Classes"/> order. Otherwise null.</summary>
    public abstract double[][]? ClassScores(TabularData data);

    /// <summary>The model input vector of each row (after the feature pipeline), as the learner sees it.</summary>
    public abstract double[][] InputVectors(TabularData data);

    /// <summary>Tree learners: the ensemble on the raw output scale with covers from the training rows (for multiclass,
    /// the ensemble of class <paramref name="classIndex"/>); players are the original columns. Null for other learners.</summary>
    public abstract TreeEnsemble? Trees(int classIndex = 0);

    /// <summary>Linear learners: weights, bias and slot means on the raw output scale. Null for other learners.</summary>
    public abstract LinearModelWeights? Linear(int classIndex = 0);

    /// <summary>The model as bytes (a zip with the ML.NET model, the fitted pipeline and this metadata).</summary>
    public abstract byte[] Save();
}
