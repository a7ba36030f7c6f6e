using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Web.Experiments;

/// <summary>The task a label column suggests, with the reason in words (the student may change it).</summary>
public sealed record TaskGuess(TaskKind Task, string Reason)
{
    /// <summary>Numbers with at most this many distinct values are treated as classes.</summary>
    public const int MaxClassesForNumbers = 10;

    /// <summary>Guesses from the label's type and its distinct non-missing values.</summary>
    public static TaskGuess From(DataColumn label)
    {
        var distinct = Enumerable.Range(0, label.Length).Where(r => !label.IsMissing(r)).Select(label.Format)
            .Distinct(StringComparer.Ordinal).Count();
        if (distinct == 2)
            return new(TaskKind.Binary, $"'{label.Name}' has exactly 2 distinct values.");
        bool numeric = label.Type is ColumnType.Integer or ColumnType.Real;
        if (numeric && (label.Type == ColumnType.Real || distinct > MaxClassesForNumbers))
            return new(TaskKind.Regression, $"'{label.Name}' is numeric with {distinct} distinct values.");
        return new(TaskKind.Multiclass, $"'{label.Name}' has {distinct} distinct values.");
    }
}
