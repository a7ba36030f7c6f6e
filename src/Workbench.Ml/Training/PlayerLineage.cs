using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>Traces every column a fitted pipeline outputs back to the original column it came from (its player).</summary>
/// <remarks>Missing indicators, bins, scaled and power-transformed columns and one-hot columns keep their source column;
/// hashed columns keep it when all hashed columns share one source, else the hash prefix is the player; a formula's
/// derived column is its own player, named after it.</remarks>
internal static class PlayerLineage
{
    /// <summary>Column name after the pipeline → original column (player).</summary>
    public static Dictionary<string, string> Trace(IEnumerable<string> inputColumns, FittedPipeline? pipeline)
    {
        var origin = inputColumns.ToDictionary(c => c, c => c, StringComparer.Ordinal);
        if (pipeline is null) return origin;
        foreach (var step in pipeline.Steps)
        {
            switch (step)
            {
                case FittedImpute impute:
                    foreach (var fill in impute.Fills.Where(f => impute.Impute.AddIndicator && f.HadMissing))
                        origin[FittedImpute.IndicatorName(fill.Column)] = Of(origin, fill.Column);
                    break;
                case FittedOneHot oneHot:
                    foreach (var e in oneHot.Encodings)
                        foreach (var output in e.OutputColumns) origin[output] = Of(origin, e.Column);
                    break;
                case FittedHash hash:
                    var sources = hash.Hash.Columns.Select(c => Of(origin, c)).Distinct().ToList();
                    var player = sources.Count == 1 ? sources[0] : hash.Hash.Prefix;
                    foreach (var output in hash.OutputColumns) origin[output] = player;
                    break;
                case FittedFormula formula:
                    origin[formula.Derive.Name] = formula.Derive.Name;
                    break;
            }
        }
        return origin;
    }

    private static string Of(Dictionary<string, string> origin, string column) => origin.GetValueOrDefault(column, column);
}
