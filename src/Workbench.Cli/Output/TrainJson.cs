using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Cli.Output;

/// <summary>What <c>train</c> prints: the run, its test metrics, the cross-validation mean and std per metric (with
/// folds), the training-rows metrics (for the overfitting gap), the split sizes and the duration.</summary>
public sealed record TrainJson(string RunId, string Experiment, string Dataset, string Task, string Trainer, int Seed,
    IReadOnlyDictionary<string, double> Metrics, IReadOnlyDictionary<string, MeanStdJson>? Cv,
    IReadOnlyDictionary<string, double> TrainMetrics, IReadOnlyDictionary<string, double>? ValidationMetrics,
    SplitSizesJson Rows, double DurationSeconds)
{
    /// <summary>The printed form of a trained run.</summary>
    public static TrainJson From(TrainedRun run, TrainingJobRequest job)
    {
        var o = run.Outcome;
        var cv = o.CrossValidation?.Summary.ToDictionary(s => s.Metric, s => new MeanStdJson(s.TestMean, s.TestStd));
        return new TrainJson(run.RunId, job.Experiment, job.Dataset, o.Model.Task.ToString().ToLowerInvariant(), o.Model.Trainer,
            o.Model.Seed, o.Test.Metrics, cv, o.Train.Metrics, o.Validation?.Metrics,
            new SplitSizesJson(o.Split.Train.Length, o.Split.Validation.Length, o.Split.Test.Length), o.Duration.TotalSeconds);
    }
}

/// <summary>Mean and population standard deviation (numpy's ddof = 0) of a metric over the folds.</summary>
public sealed record MeanStdJson(double Mean, double Std);

/// <summary>Rows in each part of the split.</summary>
public sealed record SplitSizesJson(int Train, int Validation, int Test);
