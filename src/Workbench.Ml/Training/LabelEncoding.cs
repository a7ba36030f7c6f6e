using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>How a label column becomes ML.NET's Label: bool for binary (the positive class is true), a class index for
/// multiclass (classes in ordinal string order), a number for regression.</summary>
/// <param name="Classes">Binary: [negative, positive]; multiclass: every class in ordinal order; regression: empty.</param>
internal sealed record LabelEncoding(TaskKind Task, string Label, IReadOnlyList<string> Classes)
{
    private static readonly string[] PositiveSpellings = ["1", "true", "yes"];

    /// <summary>Learns the classes from the training label column.</summary>
    /// <exception cref="TrainingException">The label is missing, has missing values, or has the wrong number of classes.</exception>
    public static LabelEncoding Create(TaskKind task, TabularData train, string label, string? positiveClass)
    {
        var column = Column(train, label);
        if (task == TaskKind.Regression)
        {
            if (column.Numbers is null)
                throw new TrainingException($"The label '{label}' is {column.Type.ToName()}, but regression needs a numeric label. Choose a numeric column or a classification task.");
            return new LabelEncoding(task, label, []);
        }
        var values = Texts(column).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (values.Count < 2)
            throw new TrainingException($"The label '{label}' has only one class ('{values.FirstOrDefault()}') in the training rows; a classifier needs at least two. Choose another label or split so that both classes are present.");
        if (task == TaskKind.Multiclass) return new LabelEncoding(task, label, values);
        if (values.Count > 2)
            throw new TrainingException($"The label '{label}' has {values.Count} classes ({Preview(values)}); binary classification needs exactly two. Choose the multiclass task.");
        var positive = PositiveOf(values, positiveClass, label);
        return new LabelEncoding(task, label, [values.First(v => v != positive), positive]);
    }

    /// <summary>Binary labels: true for the positive class.</summary>
    public bool[] Booleans(TabularData data) => Indices(data).Select(i => i == 1).ToArray();

    /// <summary>Classification labels as indices into <see cref="Classes"/>.</summary>
    /// <exception cref="TrainingException">A value is missing or was not a class in training.</exception>
    public int[] Indices(TabularData data)
    {
        var index = Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var texts = Texts(Column(data, Label));
        var result = new int[texts.Length];
        for (var r = 0; r < texts.Length; r++)
            result[r] = index.TryGetValue(texts[r], out var k) ? k : throw new TrainingException(
                $"Row {r + 1} has label '{texts[r]}', which was not a class in the training rows ({Preview(Classes)}). Remove such rows or retrain with them.");
        return result;
    }

    /// <summary>Regression labels.</summary>
    public double[] Numbers(TabularData data) => Column(data, Label).Numbers
        ?? throw new TrainingException($"The label '{Label}' must be numeric for regression.");

    private static DataColumn Column(TabularData data, string label)
    {
        var column = data.Columns.FirstOrDefault(c => c.Name == label) ?? throw new TrainingException(
            $"The label column '{label}' is not in the table '{data.Name}'. Its columns are: {string.Join(", ", data.Columns.Select(c => c.Name))}.");
        for (var r = 0; r < column.Length; r++)
            if (column.IsMissing(r))
                throw new TrainingException($"The label '{label}' is missing at row {r + 1}. Drop rows without a label before training or evaluating.");
        return column;
    }

    private static string[] Texts(DataColumn column) => Enumerable.Range(0, column.Length).Select(r => column.Format(r)!).ToArray();

    private static string PositiveOf(List<string> values, string? requested, string label)
    {
        if (requested is not null)
            return values.FirstOrDefault(v => v == requested) ?? values.FirstOrDefault(v => string.Equals(v, requested, StringComparison.OrdinalIgnoreCase))
                ?? throw new TrainingException($"The positive class '{requested}' is not a value of '{label}'; its values are {Preview(values)}.");
        foreach (var spelling in PositiveSpellings)
            if (values.FirstOrDefault(v => string.Equals(v, spelling, StringComparison.OrdinalIgnoreCase)) is { } found) return found;
        return values[1];
    }

    private static string Preview(IReadOnlyList<string> values) =>
        string.Join(", ", values.Take(10).Select(v => $"'{v}'")) + (values.Count > 10 ? ", …" : "");
}
