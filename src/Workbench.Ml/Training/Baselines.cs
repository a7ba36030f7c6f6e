namespace Workbench.Ml.Training;

/// <summary>The constants of the baseline trainers, learned from the training labels only.</summary>
internal static class Baselines
{
    /// <summary>Classification: the class probabilities (MostFrequent: one-hot of the majority class, the first class
    /// on a tie as DummyClassifier; Prior: the class shares). Regression: the mean or median label.</summary>
    public static double[] Fit(string trainer, TaskKind task, LabelEncoding labels, Workbench.Ml.Data.TabularData train)
    {
        if (task == TaskKind.Regression)
        {
            var y = labels.Numbers(train);
            if (trainer == "Mean") return [y.Average()];
            var sorted = y.Order().ToArray();
            var mid = sorted.Length / 2;
            return [sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2];
        }
        var counts = new double[labels.Classes.Count];
        foreach (var k in labels.Indices(train)) counts[k]++;
        if (trainer == "Prior") return counts.Select(c => c / counts.Sum()).ToArray();
        var majority = Array.IndexOf(counts, counts.Max());
        return counts.Select((_, k) => k == majority ? 1.0 : 0.0).ToArray();
    }
}
