using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>ydata-profiling's data-quality alerts (<c>model/alerts.py</c>) with its default thresholds, worded for students.</summary>
/// <remarks>Which alerts apply follows ydata's types: Integer and Real are "Numeric" (SKEWED, INFINITE, ZEROS, UNIFORM),
/// Categorical gets HIGH_CARDINALITY, UNIFORM and IMBALANCE, Boolean gets IMBALANCE, and every column gets MISSING,
/// UNIQUE and CONSTANT. Shares are of all rows, missing included, as in ydata. Alerts are ordered by kind.</remarks>
internal static class AlertRules
{
    /// <summary>All alerts of a profile.</summary>
    public static List<ProfileAlert> Check(ProfileOverview overview, IReadOnlyList<ColumnAnalysis> columns,
        IReadOnlyList<CorrelationMatrix> correlations, AlertThresholds t)
    {
        var alerts = new List<ProfileAlert>();
        if (overview.DuplicateRows > t.Duplicates)
            alerts.Add(new("DUPLICATES", null, $"{overview.DuplicateRows} rows ({Pct(overview.DuplicateShare)}) repeat an earlier row " +
                "(alert on any duplicate row)."));
        if (overview.Rows == 0)
            alerts.Add(new("EMPTY", null, "The dataset has no rows (alert when the dataset is empty)."));
        foreach (var column in columns) alerts.AddRange(ColumnAlerts(column, overview.Rows, t));
        alerts.AddRange(CorrelationAlerts(correlations, t.Correlation));
        return alerts.OrderBy(a => a.Kind, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<ProfileAlert> ColumnAlerts(ColumnAnalysis analysis, long rows, AlertThresholds t)
    {
        var c = analysis.Profile;
        var name = c.Name;
        if (c.MissingShare > t.Share)
            yield return new("MISSING", name, $"'{name}' has {Pct(c.MissingShare)} missing values ({c.Missing} of {rows}; alert above {Pct(t.Share)}).");
        if (rows > 0 && c.Distinct == rows)
            yield return new("UNIQUE", name, $"Every value of '{name}' is different ({c.Distinct} distinct in {rows} rows): it may be an identifier, not a feature.");
        if (c.Distinct == 1)
            yield return new("CONSTANT", name, $"'{name}' has the same value in every non-missing row, so it carries no information.");
        var type = c.Type;
        if (type == ColumnType.Categorical && c.Distinct > t.Cardinality)
            yield return new("HIGH_CARDINALITY", name, $"'{name}' has {c.Distinct} distinct values (alert above {t.Cardinality}).");
        if (type is ColumnType.Integer or ColumnType.Real && c.Numeric is { } s)
        {
            if (s.Skewness is { } skew && Math.Abs(skew) > t.Skewness)
                yield return new("SKEWED", name, $"'{name}' is highly skewed (skewness {Num(skew)}; alert when |skewness| > {Num(t.Skewness)}).");
            if (rows > 0 && (double)s.Infinite / rows > t.Share)
                yield return new("INFINITE", name, $"'{name}' has {Pct((double)s.Infinite / rows)} infinite values ({s.Infinite} rows; alert above {Pct(t.Share)}).");
            if (rows > 0 && (double)s.Zeros / rows > t.Share)
                yield return new("ZEROS", name, $"'{name}' has {Pct((double)s.Zeros / rows)} zeros ({s.Zeros} rows; alert above {Pct(t.Share)}).");
        }
        if (analysis.UniformPValue is { } p && p > t.UniformPValue)
            yield return new("UNIFORM", name, $"'{name}' looks uniformly distributed (chi-square p = {Num(p)}; alert when p > {Num(t.UniformPValue)}).");
        if (analysis.Imbalance is { } imbalance && imbalance > t.Imbalance)
            yield return new("IMBALANCE", name, $"'{name}' is highly imbalanced (imbalance score {Num(imbalance)} from 0 = even to 1 = one value; alert above {Num(t.Imbalance)}).");
    }

    /// <summary>One alert per column with the columns it correlates with at |value| ≥ threshold in any matrix
    /// (ydata's <c>perform_check_correlation</c>), quoting the strongest value of each pair.</summary>
    private static IEnumerable<ProfileAlert> CorrelationAlerts(IReadOnlyList<CorrelationMatrix> matrices, double threshold)
    {
        var partners = new Dictionary<string, Dictionary<string, (double Value, string Method)>>();
        var order = new List<string>();
        foreach (var m in matrices)
            for (var i = 0; i < m.Columns.Count; i++)
                for (var j = 0; j < m.Columns.Count; j++)
                {
                    var v = m.Values[i][j];
                    if (i == j || double.IsNaN(v) || Math.Abs(v) < threshold) continue;
                    if (!partners.TryGetValue(m.Columns[i], out var found)) { partners[m.Columns[i]] = found = []; order.Add(m.Columns[i]); }
                    if (!found.TryGetValue(m.Columns[j], out var best) || Math.Abs(v) > Math.Abs(best.Value)) found[m.Columns[j]] = (v, m.Method);
                }
        foreach (var column in order)
        {
            var list = string.Join(", ", partners[column].Select(p => $"'{p.Key}' ({MethodName(p.Value.Method)} {Num(p.Value.Value)})"));
            yield return new("HIGH_CORRELATION", column, $"'{column}' is highly correlated with {list} (alert when |correlation| ≥ {Num(threshold)}).");
        }
    }

    private static string MethodName(string method) => method switch
    {
        "pearson" => "Pearson",
        "spearman" => "Spearman",
        "cramers_v" => "Cramér's V",
        _ => method,
    };

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
