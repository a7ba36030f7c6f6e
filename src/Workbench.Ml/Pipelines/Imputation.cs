using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>The fill value learned for one column; <see cref="Number"/> for numeric columns, <see cref="Text"/> otherwise.
/// <see cref="HadMissing"/> says whether the training column had missing values (and so gets an indicator).</summary>
public sealed record ImputeFill(string Column, double? Number, string? Text, bool HadMissing);

/// <summary>A fitted <see cref="ImputeStep"/>: the fill value per column.</summary>
public sealed record FittedImpute(ImputeStep Impute, IReadOnlyList<ImputeFill> Fills) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Impute;

    /// <summary>The indicator column name scikit-learn gives: <c>missingindicator_&lt;col&gt;</c>.</summary>
    public static string IndicatorName(string column) => "missingindicator_" + column;

    internal override TabularData Apply(TabularData table, StepContext context)
    {
        var replacements = new Dictionary<string, IReadOnlyList<DataColumn>>();
        var indicators = new List<DataColumn>();
        foreach (var fill in Fills)
        {
            var column = context.Require(table, fill.Column);
            if ((column.Numbers is null) != (fill.Number is null))
                throw context.Error($"column '{fill.Column}' was {(fill.Number is null ? "text" : "numeric")} when the step was fitted but is {column.Type.ToName()} here.");
            replacements[fill.Column] = [Filled(column, fill)];
            if (Impute.AddIndicator && fill.HadMissing)
            {
                var flags = new double[column.Length];
                for (var r = 0; r < flags.Length; r++) flags[r] = column.IsMissing(r) ? 1 : 0;
                indicators.Add(DataColumn.Numeric(IndicatorName(fill.Column), ColumnType.Boolean, flags));
            }
        }
        return TableEdit.Apply(table, replacements, indicators);
    }

    private static DataColumn Filled(DataColumn column, ImputeFill fill)
    {
        if (column.Numbers is { } numbers)
        {
            var v = fill.Number!.Value;
            var type = column.Type == ColumnType.Integer && v != Math.Floor(v) ? ColumnType.Real : column.Type;
            return DataColumn.Numeric(column.Name, type, numbers.Select(x => double.IsNaN(x) ? v : x).ToArray());
        }
        return DataColumn.Text(column.Name, column.Type, column.Strings!.Select(s => s ?? fill.Text).ToArray());
    }
}

/// <summary>Fits <see cref="ImputeStep"/>s: mean, median, most frequent or constant, as scikit-learn's SimpleImputer.</summary>
internal static class Imputation
{
    public const string DefaultFillText = "missing_value";

    public static FittedImpute Fit(ImputeStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        var fills = new List<ImputeFill>();
        foreach (var name in step.Columns)
        {
            var column = step.Strategy is ImputeStrategy.Mean or ImputeStrategy.Median
                ? context.RequireNumeric(table, name)
                : context.Require(table, name);
            var hadMissing = Enumerable.Range(0, column.Length).Any(column.IsMissing);
            fills.Add(column.Numbers is { } numbers
                ? new ImputeFill(name, NumberFill(step, numbers, name, context), null, hadMissing)
                : new ImputeFill(name, null, TextFill(step, column.Strings!, name, context), hadMissing));
        }
        if (step.AddIndicator)
            context.CheckNew(table, fills.Where(f => f.HadMissing).Select(f => FittedImpute.IndicatorName(f.Column)), []);
        return new FittedImpute(step, fills);
    }

    private static double NumberFill(ImputeStep step, double[] values, string name, StepContext context)
    {
        if (step.Strategy == ImputeStrategy.Constant)
        {
            if (step.FillText is not null && step.FillNumber is null)
                throw context.Error($"column '{name}' is numeric but the fill value is text ('{step.FillText}'). Give a number.");
            return step.FillNumber ?? 0;
        }
        var sorted = NumericStats.SortedPresent(values);
        if (sorted.Length == 0)
            throw context.Error($"column '{name}' has no values in the training data, so its {Describe(step.Strategy)} " +
                                "cannot be computed. Use the constant strategy or drop the column.");
        return step.Strategy switch
        {
            ImputeStrategy.Mean => NumericStats.MeanVariance(values).Mean,
            ImputeStrategy.Median => NumericStats.Percentile(sorted, 50),
            _ => MostFrequent(sorted),
        };
    }

    private static string TextFill(ImputeStep step, string?[] values, string name, StepContext context)
    {
        if (step.Strategy == ImputeStrategy.Constant)
            return step.FillText ?? step.FillNumber?.ToString("R", CultureInfo.InvariantCulture) ?? DefaultFillText;
        var counts = values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal).ToList();
        if (counts.Count == 0)
            throw context.Error($"column '{name}' has no values in the training data, so its most frequent value " +
                                "cannot be computed. Use the constant strategy or drop the column.");
        var top = counts.Max(g => g.Count());
        return counts.Where(g => g.Count() == top).Select(g => g.Key).Min(StringComparer.Ordinal)!;
    }

    /// <summary>The most frequent of sorted values; the smallest among ties.</summary>
    private static double MostFrequent(double[] sorted)
    {
        double best = sorted[0];
        int bestCount = 0;
        for (int i = 0, j; i < sorted.Length; i = j)
        {
            for (j = i; j < sorted.Length && sorted[j] == sorted[i]; j++) { }
            if (j - i > bestCount) { best = sorted[i]; bestCount = j - i; }
        }
        return best;
    }

    private static string Describe(ImputeStrategy s) => s switch
    {
        ImputeStrategy.Mean => "mean",
        ImputeStrategy.Median => "median",
        _ => "most frequent value",
    };
}
