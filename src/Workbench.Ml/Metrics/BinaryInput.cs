namespace Workbench.Ml.Metrics;

/// <summary>Checks and converts the labels and scores every binary metric takes.</summary>
internal static class BinaryInput
{
    /// <summary>Converts 0/1 labels to booleans, naming the first row that is neither.</summary>
    public static bool[] Labels(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var result = new bool[labels.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = labels[i] switch
            {
                0 => false,
                1 => true,
                var other => throw new ArgumentException(
                    $"Label {other} at row {i + 1} is not binary; encode the positive class as 1 and the negative as 0.", nameof(labels)),
            };
        }
        return result;
    }

    /// <summary>Copies boolean labels.</summary>
    public static bool[] Labels(IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var result = new bool[labels.Count];
        for (int i = 0; i < result.Length; i++) result[i] = labels[i];
        return result;
    }

    /// <summary>Checks that there is one finite score per label and at least one row.</summary>
    public static double[] Scores(bool[] labels, IReadOnlyList<double> scores, bool probabilities = false)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != labels.Length)
            throw new ArgumentException($"{labels.Length} labels but {scores.Count} scores; give one score per row.", nameof(scores));
        if (labels.Length == 0)
            throw new ArgumentException("There are no rows to evaluate.", nameof(scores));
        var result = new double[scores.Count];
        for (int i = 0; i < result.Length; i++)
        {
            double s = scores[i];
            if (!double.IsFinite(s))
                throw new ArgumentException($"The score at row {i + 1} is {s}; every score must be a finite number.", nameof(scores));
            if (probabilities && (s < 0 || s > 1))
                throw new ArgumentException($"The probability at row {i + 1} is {s}; probabilities must be between 0 and 1.", nameof(scores));
            result[i] = s;
        }
        return result;
    }

    /// <summary>Throws unless both classes occur, for metrics that scikit-learn leaves undefined otherwise.</summary>
    public static void RequireBothClasses(bool[] labels, string metric)
    {
        bool anyPositive = Array.IndexOf(labels, true) >= 0, anyNegative = Array.IndexOf(labels, false) >= 0;
        if (!anyPositive || !anyNegative)
            throw new ArgumentException(
                $"Only one class ({(anyPositive ? "positive" : "negative")}) is present in the labels; {metric} is not defined " +
                "in that case. Evaluate on a sample that contains both classes (for example a stratified split).");
    }
}
