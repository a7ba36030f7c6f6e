using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>The task a label column suggests, with the reason in words, or the problem that keeps it from being a label.</summary>
/// <param name="Task">The inferred task (<see cref="TaskKind.Binary"/> when <paramref name="Problem"/> is set).</param>
/// <param name="Reason">Why, in words, naming the label.</param>
/// <param name="Problem">Null, or why the column cannot be a label (fewer than two distinct values).</param>
/// <remarks>
/// The rule, counting distinct non-missing values:
/// <list type="bullet">
/// <item>fewer than 2 → a problem: a model needs a label that varies;</item>
/// <item>exactly 2 (text, boolean or numbers) → <see cref="TaskKind.Binary"/>;</item>
/// <item>text, categorical, boolean or date → <see cref="TaskKind.Multiclass"/>;</item>
/// <item>numbers of type real, numbers that are not all whole, or whole numbers with more than
/// <see cref="TrainingLimits.MaxIntegerClasses"/> distinct values → <see cref="TaskKind.Regression"/>;</item>
/// <item>otherwise (whole numbers with 3 to <see cref="TrainingLimits.MaxIntegerClasses"/> values) → <see cref="TaskKind.Multiclass"/>.</item>
/// </list>
/// </remarks>
public sealed record TaskInference(TaskKind Task, string Reason, string? Problem)
{
    /// <summary>The rule in one sentence, as help text states it.</summary>
    public const string Description = "When the task is left out it is inferred from the label: exactly 2 distinct values → " +
        "binary; a real-valued label (a column of type real, or values that are not all whole numbers) or an integer label with " +
        "more than 20 distinct values → regression; otherwise (text, or an integer label with 3 to 20 values) → multiclass.";

    /// <summary>Applies the rule to the label column; never throws for a column's content.</summary>
    public static TaskInference Infer(DataColumn label)
    {
        int distinct;
        var fractional = false;
        if (label.Numbers is { } numbers)
        {
            var values = numbers.Where(v => !double.IsNaN(v)).ToHashSet();
            distinct = values.Count;
            fractional = values.Any(v => v != Math.Floor(v));
        }
        else distinct = label.Strings!.Where(s => s is not null).Distinct(StringComparer.Ordinal).Count();
        if (distinct < 2)
            return new(TaskKind.Binary, $"'{label.Name}' has {(distinct == 0 ? "no values" : "a single value")}.",
                $"The label '{label.Name}' has {(distinct == 0 ? "no values" : "a single value")}; a model needs a label that varies. " +
                "Choose another label.");
        if (distinct == 2) return new(TaskKind.Binary, $"'{label.Name}' has exactly 2 distinct values.", null);
        var numeric = label.Numbers is not null && label.Type is ColumnType.Integer or ColumnType.Real;
        if (numeric && label.Type == ColumnType.Real)
            return new(TaskKind.Regression, $"'{label.Name}' is a real-valued column with {distinct} distinct values.", null);
        if (numeric && fractional)
            return new(TaskKind.Regression, $"'{label.Name}' has {distinct} distinct values, not all whole numbers.", null);
        if (numeric && distinct > TrainingLimits.MaxIntegerClasses)
            return new(TaskKind.Regression, $"'{label.Name}' has {distinct} distinct whole numbers, more than " +
                $"{TrainingLimits.MaxIntegerClasses} classes.", null);
        return new(TaskKind.Multiclass, $"'{label.Name}' has {distinct} distinct values.", null);
    }
}
