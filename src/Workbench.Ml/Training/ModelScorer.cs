using Microsoft.ML;
using Microsoft.ML.Data;
using Workbench.Ml.Explain;

namespace Workbench.Ml.Training;

/// <summary>Reads predictions from a model's ML.NET output (or its baseline constants) into our records.</summary>
internal static class ModelScorer
{
    public static ModelPredictions Predict(MlNetModel model, IDataView featurized)
    {
        var meta = model.Metadata;
        var rows = (int)featurized.GetRowCount()!.Value;
        switch (meta.Task)
        {
            case TaskKind.Regression:
                var values = meta.Baseline is { } constant ? Enumerable.Repeat(constant[0], rows).ToArray() : SerialCursor.Floats(Scored(model, featurized), rows, "Score")[0];
                return new ModelPredictions(values, null, null, null);
            case TaskKind.Binary:
                double[] score, probability;
                if (meta.Baseline is { } prior)
                {
                    probability = Enumerable.Repeat(prior[1], rows).ToArray();
                    score = Enumerable.Repeat(Logit(prior[1]), rows).ToArray();
                }
                else
                {
                    var columns = SerialCursor.Floats(Scored(model, featurized), rows, "Score", "Probability");
                    (score, probability) = (columns[0], columns[1]);
                }
                var labels = probability.Select(p => p >= 0.5 ? meta.Classes[1] : meta.Classes[0]).ToArray();
                return new ModelPredictions(score, probability, labels, null);
            default:
                var probabilities = Probabilities(model, featurized, rows);
                var raw = ClassScores(model, featurized, probabilities);
                var best = probabilities.Select(ArgMax).ToArray();
                return new ModelPredictions(best.Select((k, r) => raw[r][k]).ToArray(), null,
                    best.Select(k => (string?)meta.Classes[k]).ToArray(), probabilities);
        }
    }

    /// <summary>Multiclass raw scores: w·x + b per class for linear models, the class ensemble's sum for exported
    /// trees, otherwise ln(probability) (the softmax input up to a per-row constant).</summary>
    public static double[][] ClassScores(MlNetModel model, IDataView featurized, double[][]? probabilities = null)
    {
        if (model.LinearWeights is { } linear || model.TreeEnsembles is { Count: > 1 })
        {
            var vectors = Vectors(featurized);
            return vectors.Select(x => model.LinearWeights is { } w
                ? w.Select(c => c.Bias + Dot(c.Weights, x)).ToArray()
                : model.TreeEnsembles!.Select(t => t.Predict(x)).ToArray()).ToArray();
        }
        probabilities ??= Probabilities(model, featurized, (int)featurized.GetRowCount()!.Value);
        return probabilities.Select(row => row.Select(p => Math.Log(Math.Max(p, 1e-15))).ToArray()).ToArray();
    }

    /// <summary>The Features vector of every row.</summary>
    public static double[][] Vectors(IDataView featurized) => SerialCursor.Vectors(featurized, "Features");

    private static double[][] Probabilities(MlNetModel model, IDataView featurized, int rows) =>
        model.Metadata.Baseline is { } prior
            ? Enumerable.Range(0, rows).Select(_ => (double[])prior.Clone()).ToArray()
            : SerialCursor.Vectors(Scored(model, featurized), "Score");

    private static IDataView Scored(MlNetModel model, IDataView featurized) => model.Predictor!.Transform(featurized);

    private static double Logit(double p)
    {
        var q = Metrics.LogLoss.Clip(p);
        return Math.Log(q / (1 - q));
    }

    private static double Dot(IReadOnlyList<double> w, double[] x)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++) sum += w[i] * x[i];
        return sum;
    }

    private static int ArgMax(double[] row)
    {
        var best = 0;
        for (var k = 1; k < row.Length; k++) if (row[k] > row[best]) best = k;
        return best;
    }
}
