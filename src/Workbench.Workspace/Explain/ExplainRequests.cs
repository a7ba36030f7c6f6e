using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Inspection;

namespace Workbench.Workspace.Explain;

/// <summary>Which rows of a run's dataset an inspection uses: the run's training rows or its held-out test rows.</summary>
public enum ExplainSplit
{
    /// <summary>The rows the final model was trained on.</summary>
    Train,
    /// <summary>The held-out test rows.</summary>
    Test,
}

/// <summary>SHAP values for a run's held-out test rows (or a seeded sample of them).</summary>
/// <param name="MaxRows">At most this many test rows are explained (a seeded sample when there are more).</param>
/// <param name="Method">A method to force, or null for the model's exact method (trees, linear, else model-agnostic).</param>
/// <param name="Interventional">Tree models: interventional TreeSHAP over a background sample of the training rows.</param>
/// <param name="BackgroundRows">Background rows drawn from the training rows (interventional and model-agnostic methods).</param>
/// <param name="ClassIndex">Multiclass: the class whose raw score is explained.</param>
public sealed record ShapRequest(string RunId, int MaxRows = ShapRequest.Defaults.MaxRows, int Seed = 1,
    ExplainMethod? Method = null, bool Interventional = false, int BackgroundRows = ExplainOptions.Defaults.BackgroundRows,
    int ClassIndex = 0)
{
    /// <summary>Defaults.</summary>
    public static class Defaults
    {
        /// <summary>Test rows explained at most.</summary>
        public const int MaxRows = 500;
    }
}

/// <summary>Partial dependence (one feature, with ICE curves) or two-way partial dependence of a run's model.</summary>
/// <param name="Feature2">The second feature of a two-way plot, or null for one feature.</param>
/// <param name="Split">The rows averaged over (scikit-learn's course passes X_train).</param>
/// <param name="SampleRows">Rows averaged at most (a seeded sample); the grid uses every row of the split.</param>
/// <param name="Probability">Average the probability (classifiers) instead of the raw output.</param>
public sealed record PartialDependenceRequest(string RunId, string Feature, string? Feature2 = null,
    int GridResolution = PartialDependenceOptions.Defaults.GridResolution, double LowerPercentile = 0.05, double UpperPercentile = 0.95,
    int SampleRows = PartialDependenceOptions.Defaults.SampleRows, bool Probability = false, int ClassIndex = 0,
    ExplainSplit Split = ExplainSplit.Train, int Seed = 1);

/// <summary>Permutation importance of a run's model on one of its splits.</summary>
/// <param name="Metric">A metric key of the run's task (log_loss, roc_auc, accuracy, rmse, r2, ...).</param>
/// <param name="Repeats">Shuffles per column (scikit-learn's n_repeats).</param>
public sealed record ImportanceRequest(string RunId, string Metric, ExplainSplit Split = ExplainSplit.Test,
    int Repeats = PermutationImportanceOptions.Defaults.Repeats, int Seed = 1);
