namespace Workbench.Ml.Framing;

/// <summary>The kind of prediction a problem asks for.</summary>
public enum TaskKind
{
    BinaryClassification,
    MulticlassClassification,
    Regression,
}

/// <summary>A framed ML problem: what is predicted, why, how it is scored and what it must beat (lab 01).</summary>
/// <param name="Dataset">The dataset the problem is posed on, or null.</param>
/// <param name="Target">The column to predict, or null.</param>
/// <param name="Objective">What the user or business gains, in words.</param>
/// <param name="Metric">The metric's name, one of <see cref="FramingReview.Metrics"/>.</param>
/// <param name="Baseline">The simple rule a model must beat, in words.</param>
public sealed record ProblemFrame(string? Dataset, string? Target, TaskKind Task, string Objective, string Metric, string Baseline)
{
    /// <summary>Version of the saved form; raise it when fields change meaning.</summary>
    public int Version { get; init; } = 1;
}

/// <summary>How serious a review finding is.</summary>
public enum FindingLevel
{
    Good,
    Info,
    Warning,
}

/// <summary>One piece of feedback on a framed problem.</summary>
public sealed record FramingFinding(FindingLevel Level, string Message);

/// <summary>Class shares of the target column: label → fraction of non-missing rows.</summary>
public sealed record TargetSummary(IReadOnlyDictionary<string, double> Shares, int Rows, int Missing, bool IsNumeric, int Distinct)
{
    /// <summary>The share of the rarest class (1 when there are no classes).</summary>
    public double MinorityShare => Shares.Count == 0 ? 1 : Shares.Values.Min();

    /// <summary>The share of the most frequent class (what "always predict it" scores as accuracy).</summary>
    public double MajorityShare => Shares.Count == 0 ? 0 : Shares.Values.Max();
}
