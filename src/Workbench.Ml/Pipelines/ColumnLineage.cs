namespace Workbench.Ml.Pipelines;

/// <summary>Follows one input column through a fitted pipeline: the output columns that carry its values.</summary>
public static class ColumnLineage
{
    /// <summary>The output columns made from <paramref name="column"/>, in order: itself when transformed in place,
    /// its one-hot or hashed columns when replaced, its missing indicator when one was added; empty when dropped.</summary>
    public static IReadOnlyList<string> Outputs(FittedPipeline pipeline, string column)
    {
        var current = new List<string> { column };
        foreach (var step in pipeline.Steps)
        {
            var next = new List<string>();
            foreach (var name in current)
                next.AddRange(Through(step, name));
            current = next.Distinct().ToList();
        }
        return current;
    }

    private static IEnumerable<string> Through(FittedStep step, string name) => step switch
    {
        FittedOneHot f when f.Encodings.FirstOrDefault(e => e.Column == name) is { } e => e.OutputColumns,
        FittedHash f when f.Hash.Columns.Contains(name) => f.OutputColumns,
        FittedDrop f when f.Drop.Columns.Contains(name) => [],
        FittedImpute f when f.Impute.AddIndicator && f.Fills.FirstOrDefault(x => x.Column == name) is { HadMissing: true } =>
            [name, FittedImpute.IndicatorName(name)],
        _ => [name],
    };
}
