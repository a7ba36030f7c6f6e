using System.Globalization;

namespace Workbench.Ml.Data;

/// <summary>The value syntax of each column type, shared by <see cref="TypeInference"/> and <see cref="ValueConverter"/>
/// so that every value inference accepts for a type also converts to it.</summary>
/// <remarks>Values are trimmed of surrounding white space first. Numbers use the invariant culture (a dot for decimals,
/// no thousands separators). A number whose digits start with a zero followed by another digit ("007", "00.5") is an
/// identifier, not a number.</remarks>
internal static class ValueParsers
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy/MM/dd",
    ];

    /// <summary>true/false, yes/no, t/f, y/n in any case (not 0/1, which are integers).</summary>
    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        value = false;
        if (t.Length is 0 or > 5) return false;
        if (Is(t, "true") || Is(t, "yes") || Is(t, "t") || Is(t, "y")) { value = true; return true; }
        return Is(t, "false") || Is(t, "no") || Is(t, "f") || Is(t, "n");
    }

    /// <summary>An optional sign and decimal digits that fit in a 64-bit integer, without a leading zero.</summary>
    public static bool TryInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var t = text.Trim();
        var digits = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? t[1..] : t;
        if (digits.Length == 0 || HasLeadingZero(digits)) return false;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return false;
        return long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A decimal number with optional exponent, or inf/-inf/infinity; NaN is not a number here (it is missing).</summary>
    public static bool TryReal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var t = text.Trim();
        var unsigned = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? t[1..] : t;
        if (unsigned.Length == 0) return false;
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = t[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (!(char.IsAsciiDigit(unsigned[0]) || unsigned[0] == '.') || HasLeadingZero(unsigned)) return false;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);
    }

    /// <summary>ISO dates: yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss[.fff][Z], yyyy-MM-dd HH:mm:ss, and yyyy/MM/dd.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        var t = text.Trim();
        if (t.Length < 10 || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[3]) || (t[4] != '-' && t[4] != '/')) return false;
        return DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>The ISO storage text of a date: yyyy-MM-dd at midnight, else yyyy-MM-ddTHH:mm:ss.</summary>
    public static string FormatDate(DateTime value) => value.TimeOfDay == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool HasLeadingZero(ReadOnlySpan<char> digits) =>
        digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
