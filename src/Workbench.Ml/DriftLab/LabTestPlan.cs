using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Ml.DriftLab;

/// <summary>Which drift tests apply to which columns of a laboratory sample.</summary>
/// <param name="Tests">The tests that apply to at least one column, in the order of <see cref="DriftTestKind"/>.</param>
/// <param name="Columns">The columns tested.</param>
/// <param name="Applies">Applies[t][c]: whether test t runs on column c.</param>
/// <param name="Target">Index of the column whose detection counts as a hit under drift.</param>
internal sealed record LabTestPlan(DriftTestKind[] Tests, string[] Columns, bool[][] Applies, int Target)
{
    /// <summary>The plan for a sample table: numeric columns get ks, wasserstein and the binned distances; two-valued
    /// (boolean) columns get z, chisquare, the binned distances and linf; categorical columns get chisquare, the binned
    /// distances and linf.</summary>
    public static LabTestPlan For(TabularData sample, string target)
    {
        var columns = sample.Columns.Select(c => c.Name).ToArray();
        var all = Enum.GetValues<DriftTestKind>();
        var applies = all.Select(t => sample.Columns.Select(c => Fits(t, c)).ToArray()).ToArray();
        var used = Enumerable.Range(0, all.Length).Where(t => applies[t].Any(a => a)).ToArray();
        return new LabTestPlan(used.Select(t => all[t]).ToArray(), columns, used.Select(t => applies[t]).ToArray(),
            Array.IndexOf(columns, target));
    }

    /// <summary>Whether a test fits a column.</summary>
    public static bool Fits(DriftTestKind test, DataColumn column)
    {
        bool binary = column.Type == ColumnType.Boolean;
        bool numeric = column.Numbers is not null && !binary;
        return test switch
        {
            DriftTestKind.Ks or DriftTestKind.Wasserstein => numeric,
            DriftTestKind.Z => binary,
            DriftTestKind.ChiSquare or DriftTestKind.Linf => !numeric,
            _ => true,
        };
    }
}
