using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary>The task <c>train</c> infers from the label column when <c>--task</c> is left out.</summary>
public static class TaskRule
{
    /// <summary>Integer-valued numeric labels with more distinct values than this are treated as regression targets.</summary>
    public const int MaxIntegerClasses = 20;

    /// <summary>The rule as the help text states it.</summary>
    public const string Description = "When --task is left out it is inferred from the label: exactly 2 distinct values → " +
        "binary; a real-valued label (a column of type real, or values that are not all whole numbers) or an integer label with " +
        "more than 20 distinct values → regression; otherwise (text, or an integer label with 3 to 20 values) → multiclass.";

    /// <summary>Applies the rule to the label column.</summary>
    /// <exception cref="CliUsageException">The label has fewer than two distinct values.</exception>
    public static TaskKind Infer(DataColumn label)
    {
        int distinct;
        bool fractional = false;
        if (label.Numbers is { } numbers)
        {
            var values = numbers.Where(v => !double.IsNaN(v)).ToHashSet();
            distinct = values.Count;
            fractional = values.Any(v => v != Math.Floor(v));
        }
        else distinct = label.Strings!.Where(s => s is not null).Distinct(StringComparer.Ordinal).Count();
        if (distinct < 2)
            throw new CliUsageException($"The label '{label.Name}' has {(distinct == 0 ? "no values" : "a single value")}; " +
                "a model needs a label that varies. Choose another --label.");
        if (distinct == 2) return TaskKind.Binary;
        if (label.Numbers is not null && label.Type != ColumnType.Boolean && (fractional || label.Type == ColumnType.Real || distinct > MaxIntegerClasses))
            return TaskKind.Regression;
        return TaskKind.Multiclass;
    }
}
