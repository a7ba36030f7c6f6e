using Workbench.Ml.Training;

namespace Workbench.Cli.Output;

/// <summary>What <c>evaluate</c> prints: the rows scored, the metrics, and the confusion counts behind the threshold metrics.</summary>
public sealed record EvaluateJson(string Model, string Task, int Rows, double? Threshold, IReadOnlyDictionary<string, double> Metrics,
    BinaryConfusionJson? Confusion, IReadOnlyList<string>? Classes, long[][]? ConfusionMatrix)
{
    /// <summary>The printed form of an evaluation.</summary>
    public static EvaluateJson From(string model, EvaluationReport r) => new(model, r.Task.ToString().ToLowerInvariant(), r.Rows,
        r.Binary?.Threshold, r.Metrics,
        r.Binary is { Confusion: var c } ? new BinaryConfusionJson(c.TrueNegatives, c.FalsePositives, c.FalseNegatives, c.TruePositives) : null,
        r.Multiclass?.Classes, r.Multiclass?.Confusion);
}

/// <summary>Binary confusion counts at the threshold.</summary>
public sealed record BinaryConfusionJson(long TrueNegatives, long FalsePositives, long FalseNegatives, long TruePositives);
