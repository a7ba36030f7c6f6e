using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>Shows what leakage does to a score: the same request evaluated honestly and with a leak.</summary>
/// <remarks>Scaler and imputer: honest = the step fitted inside each of <c>folds</c> cross-validation folds (as part of
/// the pipeline); leaky = the step fitted on all rows first, then the same cross-validation. Time series: honest = a
/// time-ordered split on <see cref="SplitOptions.Column"/> (train on the past, test on the future); leaky = a shuffled
/// split of the same sizes. Scores: ROC AUC (binary), accuracy (multiclass), R² (regression), mean over folds.</remarks>
public static class LeakageDemo
{
    /// <summary>Runs the honest and the leaky evaluation.</summary>
    /// <exception cref="TrainingException">The data does not allow this kind (no numeric column, nothing missing, no time column).</exception>
    public static LeakageComparison Run(TabularData data, TrainingRequest request, LeakageKind kind, SplitOptions split,
        IProgress<double>? progress = null, CancellationToken ct = default, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var metric = request.Task switch { TaskKind.Binary => "roc_auc", TaskKind.Multiclass => "accuracy", _ => "r2" };
        double honest, leaky;
        if (kind == LeakageKind.RandomSplitOfTimeSeries)
        {
            if (split.Column is null) throw new TrainingException("The time-series leak needs the time column; set it as the split column.");
            honest = SplitScore(data, request, split with { Kind = SplitKind.Time }, metric, ScaledProgress.Of(progress, 0, 0.5), ct);
            leaky = SplitScore(data, request, split with { Kind = SplitKind.Random }, metric, ScaledProgress.Of(progress, 0.5, 0.5), ct);
        }
        else
        {
            var step = LeakyStep(data, request, kind);
            var options = split.Kind is SplitKind.Time or SplitKind.Group ? split : split with { Kind = SplitKind.Random };
            var honestRequest = request with { Pipeline = new PipelineSpec([step, .. request.Pipeline?.Steps ?? []]) };
            honest = CvScore(data, honestRequest, folds, options, metric, ScaledProgress.Of(progress, 0, 0.5), ct);
            var leakedData = new PipelineSpec([step]).Fit(data).Transform(data);
            leaky = CvScore(leakedData, request, folds, options, metric, ScaledProgress.Of(progress, 0.5, 0.5), ct);
        }
        return new LeakageComparison(kind, metric, true, honest, leaky, leaky - honest, Explain(kind, metric, honest, leaky,
            TrainerCatalog.Find(request.Trainer).Family));
    }

    private static PipelineStep LeakyStep(TabularData data, TrainingRequest request, LeakageKind kind)
    {
        var features = request.Features is { Count: > 0 } f ? f : data.Columns.Select(c => c.Name).Where(n => n != request.Label).ToList();
        var numeric = data.Columns.Where(c => features.Contains(c.Name) && c.Numbers is not null).ToList();
        if (kind == LeakageKind.ScalerBeforeSplit)
            return numeric.Count > 0 ? new ScaleStep(numeric.Select(c => c.Name).ToList(), ScaleMethod.Standard)
                : throw new TrainingException("The scaler leak needs at least one numeric feature to scale.");
        var gaps = numeric.Where(c => c.Numbers!.Any(double.IsNaN)).Select(c => c.Name).ToList();
        return gaps.Count > 0 ? new ImputeStep(gaps, ImputeStrategy.Mean)
            : throw new TrainingException("The imputer leak needs a numeric feature with missing values; this table has none.");
    }

    private static double CvScore(TabularData data, TrainingRequest request, int folds, SplitOptions options, string metric,
        IProgress<double>? progress, CancellationToken ct) =>
        CrossValidator.Run(data, request, folds, options, progress, ct).Summary.First(s => s.Metric == metric).TestMean;

    private static double SplitScore(TabularData data, TrainingRequest request, SplitOptions options, string metric,
        IProgress<double>? progress, CancellationToken ct)
    {
        var parts = DataSplitter.Split(data, request.Label, options with { ValidationFraction = 0 });
        var model = ModelTrainer.Train(TableRows.Take(data, parts.Train), request, progress, ct, explainable: false);
        return ModelEvaluator.Evaluate(model, TableRows.Take(data, parts.Test)).Metrics[metric];
    }

    private static string Explain(LeakageKind kind, string metric, double honest, double leaky, TrainerFamily family)
    {
        var numbers = string.Format(CultureInfo.InvariantCulture, "The honest {0} is {1:0.####}, the leaky one {2:0.####} (difference {3:+0.####;-0.####;0}).",
            metric, honest, leaky, leaky - honest);
        return kind switch
        {
            LeakageKind.ScalerBeforeSplit => "Fitting the scaler on all rows lets the mean and spread of the held-out rows shape the training " +
                "features, so every fold has already seen a little of its test data. Fitted inside each fold, the scaler learns only from that fold's " +
                $"training rows, as it will have to in production. {numbers} " + family switch
                {
                    TrainerFamily.Linear => "Here the gap is nil: this linear learner standardises its inputs inside every fit, from the training " +
                        "rows of the fold, which undoes any scaling done before. A learner that uses the scaled values as they are (k nearest " +
                        "neighbours, or a penalty on unscaled weights) would see the leak; the habit of fitting every step inside the fold is what matters.",
                    TrainerFamily.Tree => "Here the gap is nil: trees compare values with thresholds, so no rescaling changes them. The habit of " +
                        "fitting every step inside the fold is what matters, because other steps do leak.",
                    _ => "Scaling leaks little information, so the gap is often small; the habit of fitting every step inside the fold is what matters.",
                },
            LeakageKind.ImputerBeforeSplit => "Filling missing values with the mean of all rows lets the held-out rows decide what the training rows " +
                $"are filled with. Fitted inside each fold, the fill value comes from the fold's training rows only. {numbers} The more values are " +
                "missing and the smaller the data, the larger this leak can be.",
            _ => "Shuffling time-ordered rows puts rows from the future into training, so the model is tested on days that sit between days it " +
                $"has already seen and can simply interpolate. Splitting by time trains on the past and tests on the future, as in production. {numbers} " +
                "A score from a shuffled split of a time series promises more than the model will deliver.",
        };
    }
}
