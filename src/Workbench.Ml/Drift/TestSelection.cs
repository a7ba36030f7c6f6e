using Workbench.Ml.Data;
using System.Globalization;

namespace Workbench.Ml.Drift;

/// <summary>Which test a column gets and why, in words: Evidently's automatic rule, or the test asked for.</summary>
internal static class TestSelection
{
    /// <summary>Reference sizes above this get distances instead of tests.</summary>
    public const int MaxRowsForTests = 1000;

    /// <summary>Numeric columns with more distinct values than this count as continuous.</summary>
    public const int MaxDistinctForCategories = 5;

    public static (DriftTestKind Test, string Reason) Choose(ColumnPair pair, DriftOptions options)
    {
        if (options.Test is { } asked)
        {
            Check(pair, asked);
            return (asked, $"{asked.ToName()} was asked for: {Describe(asked, options)}");
        }
        var (test, why) = Auto(pair);
        return (test, $"{why}: {Describe(test, options)}");
    }

    private static (DriftTestKind, string) Auto(ColumnPair pair)
    {
        int n = pair.ReferenceRows;
        bool small = n <= MaxRowsForTests;
        bool continuous = pair.Kind == DriftColumnKind.Numeric && pair.DistinctUpTo(MaxDistinctForCategories) > MaxDistinctForCategories;
        int distinct = continuous ? pair.Distinct : pair.DistinctUpTo(MaxDistinctForCategories);
        string rows = $"reference has {N(n)} rows {(small ? "≤" : ">")} {MaxRowsForTests}";
        string values = pair.Kind == DriftColumnKind.Categorical
            ? $"the column is categorical with {N(distinct)} distinct {(distinct == 1 ? "value" : "values")}"
            : $"{N(distinct)} distinct {(distinct == 1 ? "value" : "values")} {(continuous ? ">" : "≤")} {MaxDistinctForCategories}";
        if (continuous) return (small ? DriftTestKind.Ks : DriftTestKind.Wasserstein, $"{rows} and {values}");
        if (small && distinct == 2)
        {
            string two = pair.Kind == DriftColumnKind.Categorical ? "the column is categorical with exactly 2 distinct values" : "exactly 2 distinct values";
            return (DriftTestKind.Z, $"{rows} and {two}");
        }
        return (small ? DriftTestKind.ChiSquare : DriftTestKind.JensenShannon, $"{rows} and {values}");
    }

    private static void Check(ColumnPair pair, DriftTestKind test)
    {
        if (test.NeedsNumbers() && pair.Kind != DriftColumnKind.Numeric)
            throw new DriftException(
                $"Column '{pair.Name}' holds text ({pair.Type.ToName()}), and the {test.Title()} test ({test.ToName()}) needs numbers; " +
                "use chisquare, jensenshannon, psi, kl, hellinger or linf for it, or auto.", pair.Name);
        if (test == DriftTestKind.Z && pair.DistinctUpTo(2) > 2)
            throw new DriftException(
                $"Column '{pair.Name}' has {N(pair.Distinct)} distinct values, and the two-proportion z-test (z) needs a column with two; " +
                "use chisquare for it, or auto.", pair.Name);
    }

    private static string Describe(DriftTestKind test, DriftOptions options)
    {
        string threshold = options.ThresholdFor(test).ToString("0.#########", CultureInfo.InvariantCulture);
        return test.HasPValue() ? $"{test.Title()}, drift when p < {threshold}" : $"{test.Title()}, threshold {threshold}";
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
