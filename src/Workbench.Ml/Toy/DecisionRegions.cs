using System.Diagnostics;
using Workbench.Ml.Training;

namespace Workbench.Ml.Toy;

/// <summary>One learner's decision regions on a toy dataset: P(class 1) over the grid, and its accuracy.</summary>
/// <param name="Probability">Rows of x2 × columns of x1 (see <see cref="DecisionGrid.Reshape"/>).</param>
public sealed record DecisionRegion(string Trainer, double[][] Probability, double TrainAccuracy, double TestAccuracy, TimeSpan Duration);

/// <summary>The toy data cut into train and test points, with the grid and every learner's regions.</summary>
public sealed record DecisionRegionSet(ToyDataset Train, ToyDataset Test, DecisionGrid Grid, IReadOnlyList<DecisionRegion> Regions);

/// <summary>Trains several learners on the training points of a toy dataset (x1, x2 → label) and scores each on a grid
/// and on the held-out points, so their decision regions can be drawn side by side (lab 06).</summary>
public static class DecisionRegions
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Share of the points held out for test.</summary>
        public const double TestFraction = 0.25;
        /// <summary>The learners of the demo: a baseline, linear models and tree ensembles.</summary>
        public static readonly IReadOnlyList<string> Trainers =
            ["MostFrequent", "LbfgsLogisticRegression", "FastTree", "FastForest", "LightGbm", "SdcaLogisticRegression"];
    }

    /// <summary>Trains each trainer (default hyperparameters, the dataset's seed) on the first (1 − testFraction) of the
    /// shuffled points and scores the grid and both parts.</summary>
    public static DecisionRegionSet Run(ToyDataset data, IReadOnlyList<string> trainers, double testFraction = Defaults.TestFraction,
        int gridSize = DecisionGrid.Defaults.Size, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "Hold out a share between 0 and 1.");
        int trainCount = Math.Clamp((int)Math.Round(data.Count * (1 - testFraction)), 1, data.Count - 1);
        var train = data.Take(Enumerable.Range(0, trainCount).ToArray());
        var test = data.Take(Enumerable.Range(trainCount, data.Count - trainCount).ToArray());
        var grid = DecisionGrid.Around(data, gridSize);
        var gridTable = grid.ToTable();
        var regions = new List<DecisionRegion>();
        for (int k = 0; k < trainers.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            regions.Add(Fit(trainers[k], train, test, grid, gridTable, data.Options.Seed, cancellationToken));
            progress?.Report((k + 1.0) / trainers.Count);
        }
        return new DecisionRegionSet(train, test, grid, regions);
    }

    private static DecisionRegion Fit(string trainer, ToyDataset train, ToyDataset test, DecisionGrid grid,
        Data.TabularData gridTable, int seed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var request = new TrainingRequest(TaskKind.Binary, ToyDataset.LabelColumn, [ToyDataset.X1Column, ToyDataset.X2Column],
            trainer, Seed: seed, PositiveClass: "1");
        var model = ModelTrainer.Train(train.ToTable("train"), request, cancellationToken: cancellationToken);
        var probability = PositiveProbability(model.Predict(gridTable));
        return new DecisionRegion(trainer, grid.Reshape(probability), Accuracy(model, train), Accuracy(model, test), watch.Elapsed);
    }

    /// <summary>Share of points whose predicted class is their true class.</summary>
    internal static double Accuracy(TrainedModel model, ToyDataset data)
    {
        var p = PositiveProbability(model.Predict(data.ToTable()));
        int right = 0;
        for (int i = 0; i < data.Count; i++)
            if ((p[i] >= 0.5 ? 1 : 0) == data.Labels[i]) right++;
        return data.Count == 0 ? double.NaN : (double)right / data.Count;
    }

    // Models without a probability (none expected for binary) fall back to their predicted label.
    private static double[] PositiveProbability(ModelPredictions predictions) =>
        predictions.Probability ?? predictions.PredictedLabel!.Select(l => l == "1" ? 1.0 : 0.0).ToArray();
}
