namespace Workbench.Ml.Training;

/// <summary>The kinds of leakage the demo can show.</summary>
public enum LeakageKind
{
    /// <summary>A standard scaler fitted on all rows before the split, instead of inside each fold.</summary>
    ScalerBeforeSplit,
    /// <summary>A mean imputer fitted on all rows before the split, instead of inside each fold.</summary>
    ImputerBeforeSplit,
    /// <summary>A shuffled split of time-ordered rows, instead of training on the past and testing on the future.</summary>
    RandomSplitOfTimeSeries,
}

/// <summary>An honest and a leaky evaluation of the same request side by side.</summary>
/// <param name="Metric">The metric compared (a key of <see cref="EvaluationReport.Metrics"/>).</param>
/// <param name="HigherIsBetter">True for scores (AUC, accuracy, R²), false for losses.</param>
/// <param name="HonestScore">With every fitted step learned from training rows only (or the future kept for test).</param>
/// <param name="LeakyScore">With the leak.</param>
/// <param name="Difference">Leaky − honest.</param>
/// <param name="Explanation">One paragraph in plain words: what leaked and what the difference means.</param>
public sealed record LeakageComparison(LeakageKind Kind, string Metric, bool HigherIsBetter, double HonestScore, double LeakyScore,
    double Difference, string Explanation);
