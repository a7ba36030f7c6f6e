using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Inspection;
using Workbench.Ml.Training;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Explain;

/// <summary>Where a result came from and what it cost: the run, its dataset, the rows used, and when it was computed.</summary>
/// <param name="Artifact">The run artifact the result is cached in.</param>
/// <param name="Rows">Rows used (explained, averaged or shuffled).</param>
/// <param name="SplitRows">Rows of the split the rows were drawn from.</param>
/// <param name="FromCache">True when read back from the cache rather than computed now.</param>
public sealed record ExplainProvenance(string RunId, string Dataset, string Fingerprint, string Artifact, ExplainSplit Split,
    int Rows, int SplitRows, DateTime ComputedUtc, double Seconds, bool FromCache = false);

/// <summary>SHAP values of a run's test rows, with the rows themselves (original columns) for tables and charts.</summary>
/// <param name="DatasetRows">For each explained row, its 0-based row number in the dataset.</param>
/// <param name="Rows">The explained rows: the model's input columns, in <see cref="Explanation.Players"/> order.</param>
/// <param name="Labels">The true label of each row as text (missing when the dataset has none).</param>
/// <param name="Probability">Binary: the model's probability of the positive class per row; else null.</param>
/// <param name="Label">The label column the model predicts.</param>
public sealed record ShapResult(ExplainProvenance Source, Explanation Explanation, int[] DatasetRows, TabularData Rows,
    string?[] Labels, double[]? Probability, string Task, string Label);

/// <summary>A one-way (with ICE curves) or two-way partial dependence of a run's model.</summary>
/// <param name="OneWay">Set for one feature.</param>
/// <param name="TwoWay">Set for two features.</param>
/// <param name="Output">What was averaged, for axis titles ("raw output (log-odds)", "probability of yes", ...).</param>
public sealed record PartialDependenceResult(ExplainProvenance Source, PartialDependenceRequest Request,
    PartialDependence1D? OneWay, PartialDependence2D? TwoWay, string Output);

/// <summary>Permutation importance of a run's model on one split, with the score used.</summary>
public sealed record ImportanceResult(ExplainProvenance Source, ImportanceRequest Request, PermutationImportanceResult Importance);

/// <summary>A finished run that can be explained, with its headline test metric.</summary>
/// <param name="MetricKey">The metric shown (log_loss for binary, accuracy for multiclass, rmse for regression).</param>
public sealed record ExplainableRun(RunInfo Run, string? MetricKey, double? MetricValue);

/// <summary>What a run's model predicts from: its input columns, its classes and its task.</summary>
/// <param name="TestRows">Rows held out for test in the reproduced split.</param>
public sealed record ExplainTarget(string RunId, string Task, string Label, IReadOnlyList<ModelInputColumn> Inputs,
    IReadOnlyList<string> Classes, int TrainRows, int TestRows);
