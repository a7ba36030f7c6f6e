using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Web.Drift;

/// <summary>How drift numbers are written on the page: short, invariant, tiny p-values in scientific notation.</summary>
public static class DriftFormat
{
    /// <summary>Shown for a value that does not apply (a distance's p-value).</summary>
    public const string None = "—";

    /// <summary>A statistic: four decimals, or thousands separators for large values.</summary>
    public static string Number(double value) =>
        !double.IsFinite(value) ? value.ToString(CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1000 ? value.ToString("N1", CultureInfo.InvariantCulture)
        : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A p-value: four decimals, or scientific below 0.0001; a dash when there is none.</summary>
    public static string PValue(double? p) => p switch
    {
        null => None,
        0 => "0",
        < 1e-4 => p.Value.ToString("0.0e+0", CultureInfo.InvariantCulture),
        _ => p.Value.ToString("0.0000", CultureInfo.InvariantCulture),
    };

    /// <summary>The drift rule: "p &lt; 0.05" for tests, "≥ 0.1" for distances.</summary>
    public static string Threshold(ColumnDrift column)
    {
        var t = column.Threshold.ToString("0.####", CultureInfo.InvariantCulture);
        return column.PValue is null ? $"≥ {t}" : $"p < {t}";
    }

    /// <summary>A value of a column: a date for date columns, a number otherwise.</summary>
    public static string Value(double value, ColumnType type) =>
        type == ColumnType.Date && double.IsFinite(value) ? DateValues.Format(value) : Number(value);
}
