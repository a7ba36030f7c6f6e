using System.Diagnostics;
using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>A whole training session: split, optional cross-validation over the training rows, the final model fitted
/// on the training rows, and its evaluation on train, validation and test.</summary>
public static class TrainingSession
{
    /// <summary>Runs the session. With <paramref name="folds"/> ≥ 2 the training rows are cross-validated first (folds
    /// of the same kind as <paramref name="split"/>); test and validation rows never reach any fit.</summary>
    /// <exception cref="TrainingException">The split, a fit or an evaluation is impossible as asked.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrainingOutcome Run(TabularData data, TrainingRequest request, SplitOptions split, int folds,
        IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var parts = DataSplitter.Split(data, request.Label, split);
        var train = TableRows.Take(data, parts.Train);
        double cvShare = folds >= 2 ? 0.6 : 0;
        CrossValidationResult? cv = null;
        if (folds >= 2)
            cv = CrossValidator.Run(train, request, folds, split, ScaledProgress.Of(progress, 0, cvShare), ct);
        ct.ThrowIfCancellationRequested();
        var model = ModelTrainer.Train(train, request, ScaledProgress.Of(progress, cvShare, 0.95 - cvShare), ct);
        ct.ThrowIfCancellationRequested();
        var trainReport = ModelEvaluator.Evaluate(model, train);
        var testReport = ModelEvaluator.Evaluate(model, TableRows.Take(data, parts.Test));
        var validation = parts.Validation.Length > 0 ? ModelEvaluator.Evaluate(model, TableRows.Take(data, parts.Validation)) : null;
        progress?.Report(1);
        return new TrainingOutcome(model, parts, trainReport, testReport, validation, cv, clock.Elapsed);
    }
}
