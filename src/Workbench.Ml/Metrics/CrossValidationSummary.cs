namespace Workbench.Ml.Metrics;

/// <summary>One metric over the folds of a cross-validation: the test score of each fold, their mean and standard
/// deviation, and when train scores are given the train mean and the train-minus-test gap.</summary>
/// <param name="Metric">The metric's name, as in the fold dictionaries.</param>
/// <param name="TestScores">The test score of each fold, in fold order.</param>
/// <param name="TestMean">Mean test score.</param>
/// <param name="TestStd">Population standard deviation (ddof = 0) of the test scores, as <c>numpy.std</c>.</param>
/// <param name="TrainScores">The train score of each fold, or null.</param>
/// <param name="TrainMean">Mean train score, or null.</param>
/// <param name="TrainStd">Population standard deviation of the train scores, or null.</param>
public sealed record MetricSummary(
    string Metric, IReadOnlyList<double> TestScores, double TestMean, double TestStd,
    IReadOnlyList<double>? TrainScores, double? TrainMean, double? TrainStd)
{
    /// <summary>Train mean − test mean: how much better the model does on rows it was fitted on (the overfitting gap).
    /// For a loss (lower is better) a negative gap means the same thing.</summary>
    public double? Gap => TrainMean - TestMean;
}

/// <summary>Summarises per-fold metric dictionaries the way <c>cross_validate</c> users print them:
/// <c>scores.mean()</c> and <c>scores.std()</c>, numpy's default ddof = 0, so the numbers match a notebook.</summary>
public static class CrossValidationSummary
{
    /// <summary>One summary per metric present in every test fold, in the first fold's order.</summary>
    /// <param name="testFolds">Per fold, metric name → score on the held-out fold.</param>
    /// <param name="trainFolds">Optional per fold, metric name → score on the fold's training rows (same fold count).</param>
    public static IReadOnlyList<MetricSummary> Create(
        IReadOnlyList<IReadOnlyDictionary<string, double>> testFolds, IReadOnlyList<IReadOnlyDictionary<string, double>>? trainFolds = null)
    {
        ArgumentNullException.ThrowIfNull(testFolds);
        if (testFolds.Count == 0) throw new ArgumentException("There are no folds to summarise.", nameof(testFolds));
        if (trainFolds is not null && trainFolds.Count != testFolds.Count)
            throw new ArgumentException($"{testFolds.Count} test folds but {trainFolds.Count} train folds; give one of each per fold.", nameof(trainFolds));
        var names = testFolds[0].Keys.Where(name => testFolds.All(fold => fold.ContainsKey(name)));
        return names.Select(name => Summarise(name, testFolds, trainFolds)).ToList();
    }

    /// <summary>Arithmetic mean.</summary>
    public static double Mean(IReadOnlyList<double> values) => values.Sum() / values.Count;

    /// <summary>Population standard deviation √(Σ (x − mean)² / n), as <c>numpy.std(x)</c> with ddof = 0.</summary>
    public static double PopulationStd(IReadOnlyList<double> values)
    {
        double mean = Mean(values), sum = 0;
        foreach (var x in values) sum += (x - mean) * (x - mean);
        return Math.Sqrt(sum / values.Count);
    }

    private static MetricSummary Summarise(
        string name, IReadOnlyList<IReadOnlyDictionary<string, double>> testFolds, IReadOnlyList<IReadOnlyDictionary<string, double>>? trainFolds)
    {
        var test = testFolds.Select(fold => fold[name]).ToArray();
        double[]? train = trainFolds is not null && trainFolds.All(fold => fold.ContainsKey(name))
            ? trainFolds.Select(fold => fold[name]).ToArray() : null;
        return new MetricSummary(name, test, Mean(test), PopulationStd(test),
            train, train is null ? null : Mean(train), train is null ? null : PopulationStd(train));
    }
}
