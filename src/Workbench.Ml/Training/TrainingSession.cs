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
        var shared = new SharedProgress(progress, cvShare, 0.95 - cvShare);
        // The folds and the final model do not depend on each other: the final model is fitted while the folds run,
        // filling the processor a fold leaves idle.
        var crossValidation = folds >= 2
            ? System.Threading.Tasks.Task.Run(() => CrossValidator.Run(train, request, folds, split, shared.Part(0), ct), ct)
            : null;
        TrainedModel model;
        try
        {
            model = ModelTrainer.Train(train, request, shared.Part(1), ct, explainable: true);
        }
        finally
        {
            // Never leave the folds running past a failed fit (waits without throwing; a fold's failure is thrown below).
            ((IAsyncResult?)crossValidation)?.AsyncWaitHandle.WaitOne();
        }
        var cv = crossValidation?.GetAwaiter().GetResult();
        ct.ThrowIfCancellationRequested();
        if (model is MlNetModel saved) saved.SaveInBackground();
        // The three evaluations only read the model, so they run side by side.
        var test = System.Threading.Tasks.Task.Run(() => ModelEvaluator.Evaluate(model, TableRows.Take(data, parts.Test)), ct);
        var validation = parts.Validation.Length > 0
            ? System.Threading.Tasks.Task.Run(() => ModelEvaluator.Evaluate(model, TableRows.Take(data, parts.Validation)), ct)
            : null;
        var trainReport = ModelEvaluator.Evaluate(model, train);
        var testReport = test.GetAwaiter().GetResult();
        var validationReport = validation?.GetAwaiter().GetResult();
        progress?.Report(1);
        return new TrainingOutcome(model, parts, trainReport, testReport, validationReport, cv, clock.Elapsed);
    }
}
