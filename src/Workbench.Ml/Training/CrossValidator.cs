using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Workbench.Ml.Data;
using Workbench.Ml.Metrics;

namespace Workbench.Ml.Training;

/// <summary>k-fold cross-validation: the pipeline and the learner are fitted on each fold's training rows only, then
/// scored on those rows and on the held-out rows; metrics are summarised as mean ± std over the folds.</summary>
public static class CrossValidator
{
    /// <summary>Runs the cross-validation; progress goes from 0 to 1 over the folds.</summary>
    /// <exception cref="TrainingException">The folds cannot be made or a fold cannot be trained.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between or inside folds.</exception>
    public static CrossValidationResult Run(TabularData data, TrainingRequest request, int folds, SplitOptions options,
        IProgress<double>? progress = null, CancellationToken ct = default) =>
        Run(data, request, folds, options, progress, ct, null);

    /// <summary>As <see cref="Run(TabularData, TrainingRequest, int, SplitOptions, IProgress{double}?, CancellationToken)"/>,
    /// handing each fold's model and split to <paramref name="inspect"/> (for tests and teaching views; called from the fold's
    /// thread, folds run in parallel).</summary>
    internal static CrossValidationResult Run(TabularData data, TrainingRequest request, int folds, SplitOptions options,
        IProgress<double>? progress, CancellationToken ct, Action<int, TrainedModel, DataSplit>? inspect)
    {
        ArgumentNullException.ThrowIfNull(request);
        var splits = DataSplitter.Folds(data, request.Label, folds, options);
        var results = new FoldResult[splits.Count];
        var shared = new SharedProgress(progress, Enumerable.Repeat(1.0 / splits.Count, splits.Count).ToArray());
        // Folds are independent (each fits its own pipeline and learner with the same seed), so they run side by side;
        // the results are the same as one after another.
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
        try
        {
            Parallel.For(0, splits.Count, parallel, i =>
            {
                var clock = Stopwatch.StartNew();
                var train = TableRows.Take(data, splits[i].Train);
                var test = TableRows.Take(data, splits[i].Test);
                var foldProgress = ScaledProgress.Of(shared.Part(i), 0, 0.9);
                var model = ModelTrainer.Train(train, request, foldProgress, ct, explainable: false);
                inspect?.Invoke(i, model, splits[i]);
                ct.ThrowIfCancellationRequested();
                var trainMetrics = ModelEvaluator.Evaluate(model, train).Metrics;
                var testMetrics = ModelEvaluator.Evaluate(model, test).Metrics;
                results[i] = new FoldResult(i + 1, train.RowCount, test.RowCount, trainMetrics, testMetrics, clock.Elapsed);
                shared.Part(i)?.Report(1);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0]).Throw();
        }
        var summary = CrossValidationSummary.Create(results.Select(r => r.Test).ToList(), results.Select(r => r.Train).ToList());
        return new CrossValidationResult(options.Kind, results, summary);
    }
}

