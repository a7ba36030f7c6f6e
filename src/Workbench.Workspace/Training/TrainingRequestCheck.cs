using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Training;

/// <summary>Checks a training request against its dataset before anything is recorded: the columns exist, the task
/// fits the label, the trainer supports the task, and the split and fold settings are in range.</summary>
internal static class TrainingRequestCheck
{
    /// <summary>Throws <see cref="TrainingException"/> saying what to change; returns the feature columns used.</summary>
    public static IReadOnlyList<string> Check(TabularData data, TrainingJobRequest job, TrainerDescriptor trainer)
    {
        var request = job.Request;
        var names = data.Columns.Select(c => c.Name).ToList();
        var label = data.Columns.FirstOrDefault(c => c.Name == request.Label) ?? throw new TrainingException(
            $"Dataset '{job.Dataset}' has no column '{request.Label}' to use as the label. Its columns: {string.Join(", ", names)}.");
        var features = request.Features.Count == 0 ? names.Where(n => n != label.Name).ToList() : request.Features.ToList();
        CheckFeatures(job.Dataset, names, label.Name, features);
        if (!trainer.Tasks.Contains(request.Task))
            throw new TrainingException($"The trainer {trainer.Name} does not do {request.Task} tasks; it does " +
                $"{string.Join(", ", trainer.Tasks)}. Choose another trainer or task.");
        CheckLabel(label, request);
        CheckSplit(job, names, data.RowCount);
        return features;
    }

    private static void CheckFeatures(string dataset, List<string> names, string label, List<string> features)
    {
        if (features.Count == 0)
            throw new TrainingException($"Dataset '{dataset}' has no column besides the label '{label}'; add feature columns.");
        var unknown = features.Where(f => !names.Contains(f)).ToList();
        if (unknown.Count > 0)
            throw new TrainingException($"Dataset '{dataset}' has no column {string.Join(", ", unknown.Select(u => $"'{u}'"))}. " +
                $"Its columns: {string.Join(", ", names)}.");
        if (features.Contains(label))
            throw new TrainingException($"The label '{label}' is also listed as a feature; remove it from the features " +
                "(a model that sees the answer learns nothing useful).");
        var repeated = features.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new TrainingException($"The feature '{repeated.Key}' is listed twice; list each column once.");
    }

    private static void CheckLabel(DataColumn label, TrainingRequest request)
    {
        var missing = Enumerable.Range(0, label.Length).Where(label.IsMissing).ToList();
        if (missing.Count == label.Length) throw new TrainingException($"The label '{label.Name}' has no values; every row is missing.");
        if (missing.Count > 0)
            throw new TrainingException($"The label '{label.Name}' is missing at row {missing[0] + 1} ({missing.Count} rows in all). " +
                "Drop the rows without a label (e.g. a filtered copy of the dataset) before training.");
        var values = DistinctValues(label);
        switch (request.Task)
        {
            case TaskKind.Regression when label.Type is not (ColumnType.Integer or ColumnType.Real):
                throw new TrainingException($"Regression predicts a number, but the label '{label.Name}' is {label.Type.ToName()}. " +
                    "Choose a numeric label, or a classification task.");
            case TaskKind.Binary when values.Count != 2:
                throw new TrainingException($"Binary classification needs exactly two label values, but '{label.Name}' has " +
                    (values.Count == 1 ? $"only one ('{values[0]}')" : "more than two") + ". " +
                    (values.Count > 2 ? "Choose the multiclass task." : "Choose a label with two classes."));
            case TaskKind.Binary when request.PositiveClass is { } positive && !values.Contains(positive):
                throw new TrainingException($"The positive class '{positive}' is not a value of '{label.Name}'; its values are " +
                    $"'{values[0]}' and '{values[1]}'.");
            case TaskKind.Multiclass when values.Count < 3:
                throw new TrainingException($"Multiclass classification needs at least three label values, but '{label.Name}' has " +
                    $"{values.Count}. " + (values.Count == 2 ? "Choose the binary task." : "Choose another label."));
            case TaskKind.Multiclass when values.Count > TrainingLimits.MaxClasses || values.Count * 2 > label.Length:
                throw new TrainingException($"The label '{label.Name}' has {(values.Count > TrainingLimits.MaxClasses ? "more than " +
                    TrainingLimits.MaxClasses : values.Count)} distinct values in {label.Length} rows, too many classes to learn from. " +
                    "Predict a number with regression, or group the values into fewer classes first.");
        }
    }

    /// <summary>The distinct label values in first-seen order, up to one more than <see cref="TrainingLimits.MaxClasses"/>.</summary>
    private static List<string> DistinctValues(DataColumn label)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<string>();
        for (var row = 0; row < label.Length && values.Count <= TrainingLimits.MaxClasses; row++)
            if (label.Format(row) is { } value && seen.Add(value)) values.Add(value);
        return values;
    }

    private static void CheckSplit(TrainingJobRequest job, List<string> names, int rows)
    {
        var split = job.Split;
        if (TrainingLimits.FractionsProblem(split.TestFraction, split.ValidationFraction) is { } fractions)
            throw new TrainingException(fractions);
        if (split.Kind is SplitKind.Time or SplitKind.Group && split.Column is null)
            throw new TrainingException($"A {split.Kind.ToString().ToLowerInvariant()} split needs a column " +
                (split.Kind == SplitKind.Time ? "to order the rows by (a date or number)." : "whose groups stay together."));
        if (split.Column is { } column && !names.Contains(column))
            throw new TrainingException($"The split column '{column}' is not in dataset '{job.Dataset}'. Its columns: {string.Join(", ", names)}.");
        if (TrainingLimits.FoldsProblem(job.Folds) is { } folds) throw new TrainingException(folds);
        if (job.Folds >= 2 && job.Folds > rows)
            throw new TrainingException($"{job.Folds} folds need at least {job.Folds} rows; dataset '{job.Dataset}' has {rows}.");
    }
}
