using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The columns each step of a pipeline will see, worked out from the schema alone (no fitting), so a builder
/// can offer them: earlier drops and replacements are gone, derived, hashed and indicator columns are added.</summary>
/// <remarks>One-hot output columns depend on the categories in the data and so are not listed.</remarks>
public static class StepInputs
{
    /// <summary>For each step, the columns (name and type) of its input table; a null step (not valid yet) changes nothing.</summary>
    /// <param name="withMissing">Columns that have missing values, which get an indicator when imputed with one.</param>
    public static IReadOnlyList<IReadOnlyList<ColumnSchema>> Of(IReadOnlyList<ColumnSchema> columns, IReadOnlySet<string> withMissing,
        IReadOnlyList<PipelineStep?> steps)
    {
        var result = new List<IReadOnlyList<ColumnSchema>>(steps.Count);
        var current = columns.ToList();
        foreach (var step in steps)
        {
            result.Add(current);
            current = step is null ? current : After(current, withMissing, step);
        }
        return result;
    }

    private static List<ColumnSchema> After(List<ColumnSchema> table, IReadOnlySet<string> withMissing, PipelineStep step) => step switch
    {
        ImputeStep s => [.. table, .. s.AddIndicator
            ? s.Columns.Where(c => withMissing.Contains(c) && table.Any(t => t.Name == c))
                .Select(c => new ColumnSchema(FittedImpute.IndicatorName(c), ColumnType.Boolean))
            : []],
        ScaleStep s => Retype(table, s.Columns, ColumnType.Real),
        PowerStep s => Retype(table, s.Columns, ColumnType.Real),
        BinStep s => Retype(table, s.Columns, ColumnType.Integer),
        OneHotStep s => table.Where(c => !s.Columns.Contains(c.Name)).ToList(),
        HashStep s => [.. table.Where(c => !s.Columns.Contains(c.Name)),
            .. Enumerable.Range(0, Math.Clamp(s.Features, 0, 4096)).Select(i => new ColumnSchema($"{s.Prefix}_{i}", ColumnType.Real))],
        FormulaStep s => [.. table, new ColumnSchema(s.Name, ColumnType.Real)],
        DropStep s => table.Where(c => !s.Columns.Contains(c.Name)).ToList(),
        _ => table,
    };

    private static List<ColumnSchema> Retype(List<ColumnSchema> table, IReadOnlyList<string> columns, ColumnType type) =>
        table.Select(c => columns.Contains(c.Name) && c.Type.IsNumeric() ? c with { Type = type } : c).ToList();
}
