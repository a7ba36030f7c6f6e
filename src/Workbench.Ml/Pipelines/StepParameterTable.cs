using System.Globalization;

namespace Workbench.Ml.Pipelines;

/// <summary>A fitted step's learned parameters as a small table for display: one row per column it works on.</summary>
/// <param name="Summary">One sentence: what the step computes from those parameters.</param>
/// <param name="Headers">Column headers of <paramref name="Rows"/>.</param>
/// <param name="Rows">Display text per row, already formatted.</param>
public sealed record StepParameterTable(string Summary, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The most categories listed in one cell before the rest are counted.</summary>
    public const int MaxListed = 25;

    /// <summary>Describes what <paramref name="step"/> learned.</summary>
    public static StepParameterTable Describe(FittedStep step) => step switch
    {
        FittedImpute f => Impute(f),
        FittedScale f => Scale(f),
        FittedPower f => Power(f),
        FittedOneHot f => new("Each category seen in training becomes a 0/1 column; an unseen category gives all zeros.",
            ["Column", "Categories", "Dropped (binary)", "Output columns"],
            f.Encodings.Select(e => Row(e.Column, List(e.Categories.Select(Category)), e.Dropped is null ? "—" : Category(e.Dropped),
                List(e.OutputColumns))).ToList()),
        FittedHash f => new($"Hashing learns nothing: every value is hashed (MurmurHash3) into {f.Hash.Features} columns.",
            ["Input columns", "Output columns", "Alternate sign"],
            [Row(List(f.Hash.Columns), List(f.OutputColumns), f.Hash.AlternateSign ? "yes" : "no")]),
        FittedBin f => new($"A value gets the number of the bin its edges enclose (0 … bins − 1), {f.Binning.Strategy.ToString().ToLowerInvariant()} edges.",
            ["Column", "Bins", "Edges"],
            f.Edges.Select(e => Row(e.Column, e.Bins.ToString(CultureInfo.InvariantCulture), List(e.Edges.Select(Number)))).ToList()),
        FittedFormula f => new("A formula learns nothing: it is computed row by row from the columns it reads.",
            ["New column", "Formula", "Reads"], [Row(f.Derive.Name, f.Derive.Formula, List(f.InputColumns))]),
        FittedDrop f => new("Dropping learns nothing: the columns are removed.", ["Dropped column"], f.Drop.Columns.Select(c => Row(c)).ToList()),
        _ => new("This step has no parameters to show.", [], []),
    };

    private static StepParameterTable Impute(FittedImpute f) => new(
        $"Missing values are replaced by the {Strategy(f.Impute.Strategy)} learned from the training rows" +
        (f.Impute.AddIndicator ? ", and a 0/1 column marks which rows were missing." : "."),
        ["Column", "Fill value", "Had missing values", "Indicator column"],
        f.Fills.Select(x => Row(x.Column, x.Number is { } n ? Number(n) : x.Text ?? "—", x.HadMissing ? "yes" : "no",
            f.Impute.AddIndicator && x.HadMissing ? FittedImpute.IndicatorName(x.Column) : "—")).ToList());

    private static StepParameterTable Scale(FittedScale f)
    {
        var (centre, scale) = f.Scaling.Method switch
        {
            ScaleMethod.Standard => ("Mean", "Standard deviation"),
            ScaleMethod.MinMax => ("Minimum", "Range (max − min)"),
            _ => ("Median", "Interquartile range (Q3 − Q1)"),
        };
        return new($"Each value becomes (x − {centre.ToLowerInvariant()}) / {scale.ToLowerInvariant()}; a zero scale is replaced by 1.",
            ["Column", centre, scale], f.Parameters.Select(p => Row(p.Column, Number(p.Center), Number(p.Scale))).ToList());
    }

    private static StepParameterTable Power(FittedPower f) => f.Power.Method == PowerMethod.Log1p
        ? new("log1p learns nothing: each value becomes log(1 + x).", ["Column"], f.Power.Columns.Select(c => Row(c)).ToList())
        : new("Each value becomes Yeo-Johnson(x, λ), then is standardised with the mean and scale of the transformed training values.",
            ["Column", "λ (lambda)", "Mean after transform", "Scale after transform"],
            f.Parameters.Select(p => Row(p.Column, Number(p.Lambda), Number(p.Mean), Number(p.Scale))).ToList());

    /// <summary>A number as shown in the tables: six significant digits, invariant culture.</summary>
    public static string Number(double value) => double.IsPositiveInfinity(value) ? "∞"
        : double.IsNegativeInfinity(value) ? "−∞" : value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Strategy(ImputeStrategy s) => s switch
    {
        ImputeStrategy.Mean => "mean",
        ImputeStrategy.Median => "median",
        ImputeStrategy.MostFrequent => "most frequent value",
        _ => "constant",
    };

    private static string Category(string? c) => c ?? $"{OneHot.MissingLabel} (missing)";

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(MaxListed));
        return all.Count > MaxListed ? $"{shown} … (+{all.Count - MaxListed} more)" : shown;
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
