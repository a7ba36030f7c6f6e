using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Web.Profiling;

/// <summary>Formats profile numbers for people: thousands separators, a few significant digits, dates as dates.</summary>
public static class ProfileFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Text shown for a value that does not exist (an empty column's mean, say).</summary>
    public const string None = "—";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", Inv);

    /// <summary>A share (0..1) as a percentage with one decimal ("12.5 %"); tiny non-zero shares read "&lt; 0.1 %".</summary>
    public static string Percent(double share) =>
        double.IsNaN(share) ? None : share > 0 && share < 0.0005 ? "< 0.1 %" : (share * 100).ToString("0.#", Inv) + " %";

    /// <summary>A number: whole numbers with separators, others with up to 4 significant decimals, very large or
    /// very small magnitudes in scientific notation.</summary>
    public static string Number(double? value)
    {
        if (value is not { } v || double.IsNaN(v)) return None;
        if (double.IsPositiveInfinity(v)) return "∞";
        if (double.IsNegativeInfinity(v)) return "−∞";
        var abs = Math.Abs(v);
        if (v == Math.Round(v) && abs < 1e15) return v.ToString("#,0", Inv);
        if (abs >= 1e9 || abs < 1e-4) return v.ToString("0.###e+0", Inv);
        if (abs >= 1000) return v.ToString("#,0.##", Inv);
        return v.ToString("#,0.####", Inv);
    }

    /// <summary>A value of a column: a date for Date columns (stored as days since 1970), else <see cref="Number"/>.</summary>
    public static string Value(double? value, ColumnType type) =>
        type == ColumnType.Date && value is { } v && double.IsFinite(v) ? DateValues.Format(v) : Number(value);

    /// <summary>A spread (standard deviation) of a column: in days for dates, else a number.</summary>
    public static string Spread(double? value, ColumnType type) =>
        type == ColumnType.Date && value is { } v && double.IsFinite(v) ? Number(Math.Round(v, 1)) + " days" : Number(value);

    /// <summary>A size in bytes as B, KB, MB or GB.</summary>
    public static string Bytes(long bytes)
    {
        if (bytes <= 0) return None;
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double size = bytes;
        var unit = 0;
        while (size >= 1024 && unit < units.Length - 1) { size /= 1024; unit++; }
        return size.ToString(unit == 0 ? "0" : "0.#", Inv) + " " + units[unit];
    }
}
