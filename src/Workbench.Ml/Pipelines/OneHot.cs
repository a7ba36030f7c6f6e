using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The categories learned for one column, in order (text ordinally, numbers by value, missing last as null),
/// the category dropped for a binary column (or null), and the output column of each kept category.</summary>
public sealed record OneHotCategories(string Column, IReadOnlyList<string?> Categories, string? Dropped, IReadOnlyList<string> OutputColumns);

/// <summary>A fitted <see cref="OneHotStep"/>: the categories per column. A value not seen in training gives all zeros.</summary>
public sealed record FittedOneHot(OneHotStep OneHotStep, IReadOnlyList<OneHotCategories> Encodings) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => OneHotStep;

    internal override TabularData Apply(TabularData table, StepContext context)
    {
        var replacements = new Dictionary<string, IReadOnlyList<DataColumn>>();
        foreach (var e in Encodings)
        {
            var column = context.Require(table, e.Column);
            var kept = e.Categories.Where(c => e.Dropped is null || c != e.Dropped).ToList();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < kept.Count; k++)
                if (kept[k] is { } label) index[label] = k;
            var missing = kept.IndexOf(null);
            var outputs = kept.Select(_ => new double[column.Length]).ToArray();
            for (var r = 0; r < column.Length; r++)
            {
                var k = column.Format(r) is { } value ? index.GetValueOrDefault(value, -1) : missing;
                if (k >= 0) outputs[k][r] = 1;
            }
            replacements[e.Column] = outputs.Select((v, k) => DataColumn.Numeric(e.OutputColumns[k], ColumnType.Boolean, v)).ToList();
        }
        return TableEdit.Apply(table, replacements);
    }
}

/// <summary>Fits <see cref="OneHotStep"/>s as OneHotEncoder(drop="if_binary" or None, handle_unknown="ignore").</summary>
internal static class OneHot
{
    /// <summary>The label of the missing category in output column names, as scikit-learn writes NaN.</summary>
    public const string MissingLabel = "nan";

    public static FittedOneHot Fit(OneHotStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        var encodings = new List<OneHotCategories>();
        foreach (var name in step.Columns)
        {
            var column = context.Require(table, name);
            var categories = Categories(column);
            if (categories.Count == 0)
                throw context.Error($"column '{name}' has no rows in the training data, so it has no categories.");
            var dropped = step.DropIfBinary && categories.Count == 2 ? categories[0] : null;
            var outputs = categories.Skip(dropped is null ? 0 : 1).Select(c => $"{name}_{c ?? MissingLabel}").ToList();
            encodings.Add(new OneHotCategories(name, categories, dropped, outputs));
        }
        context.CheckNew(table, encodings.SelectMany(e => e.OutputColumns), step.Columns);
        return new FittedOneHot(step, encodings);
    }

    private static List<string?> Categories(DataColumn column)
    {
        bool hasMissing;
        var present = new List<string?>();
        if (column.Numbers is { } numbers)
        {
            hasMissing = numbers.Any(double.IsNaN);
            var rows = Enumerable.Range(0, column.Length).Where(r => !column.IsMissing(r));
            present.AddRange(rows.GroupBy(r => numbers[r]).OrderBy(g => g.Key).Select(g => column.Format(g.First())));
        }
        else
        {
            hasMissing = column.Strings!.Any(s => s is null);
            present.AddRange(column.Strings!.Where(s => s is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }
        if (hasMissing) present.Add(null);
        return present;
    }
}
