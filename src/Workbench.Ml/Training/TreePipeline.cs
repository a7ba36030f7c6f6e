using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>Adapts a feature pipeline to a tree learner: trees need no scaling, and split on categories best when the
/// learner encodes them itself.</summary>
/// <remarks>A tree compares a column with thresholds, so rescaling the column changes no split: a scale step is skipped
/// when no later step uses its columns. A one-hot step is skipped on the same condition, so the text column reaches the
/// learner, whose own one-hot encoding keeps the categorical-split annotation (a split on several categories at once;
/// ML.NET's normalizers drop it). Steps whose output later steps use are kept, so the pipeline's meaning never changes.</remarks>
internal static class TreePipeline
{
    public static PipelineSpec? Adjust(PipelineSpec? spec, TrainerFamily family)
    {
        if (spec is null || family != TrainerFamily.Tree) return spec;
        var kept = new List<PipelineStep>(spec.Steps.Count);
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var step = spec.Steps[i];
            var skippable = step is ScaleStep or OneHotStep;
            if (skippable && !UsedLater(ColumnsOf(step), spec.Steps.Skip(i + 1))) continue;
            kept.Add(step);
        }
        return kept.Count == spec.Steps.Count ? spec : spec with { Steps = kept };
    }

    private static IReadOnlyList<string> ColumnsOf(PipelineStep step) => step switch
    {
        ScaleStep s => s.Columns,
        OneHotStep o => o.Columns,
        _ => [],
    };

    /// <summary>True when a later step names one of the columns, or (for one-hot output) a column that starts with
    /// "column_", or a formula mentions it.</summary>
    private static bool UsedLater(IReadOnlyList<string> columns, IEnumerable<PipelineStep> later) => later.Any(step =>
    {
        IReadOnlyList<string> named = step switch
        {
            ImputeStep s => s.Columns, ScaleStep s => s.Columns, PowerStep s => s.Columns, OneHotStep s => s.Columns,
            HashStep s => s.Columns, BinStep s => s.Columns, DropStep s => s.Columns, _ => [],
        };
        if (step is FormulaStep f) return columns.Any(c => f.Formula.Contains(c, StringComparison.Ordinal));
        return named.Any(n => columns.Any(c => n == c || n.StartsWith(c + "_", StringComparison.Ordinal)));
    });
}
