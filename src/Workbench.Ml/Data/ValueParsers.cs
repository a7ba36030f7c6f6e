using System.Globalization;
using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryBoolean(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        value = false;
        if (t.Length is 0 or > 5 || (t[0] | 0x20) is not ('t' or 'f' or 'y' or 'n')) return false;
        if (Is(t, "true") || Is(t, "yes") || Is(t, "t") || Is(t, "y")) { value = true; return true; }
        return Is(t, "false") || Is(t, "no") || Is(t, "f") || Is(t, "n");
    }

    /// <summary>An optional sign and decimal digits that fit in a 64-bit integer, without a leading zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Whether <see cref="TryInteger"/> accepts the text, decided from its characters alone when it has at most
    /// 18 digits (which always fit in 64 bits), so inference need not parse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsInteger(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        var i = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? 1 : 0;
        var digits = t.Length - i;
        if (digits is 0 or > 18) return digits > 18 && TryInteger(t, out _);
        if (digits > 1 && t[i] == '0') return false;
        return !t[i..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Whether <see cref="TryReal"/> accepts the text, decided from its characters alone for plain decimals
    /// ([sign] digits [. digits] [e [sign] up to 4 digits]); anything else is left to <see cref="TryReal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsReal(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        var i = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? 1 : 0;
        var intStart = i;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        var intDigits = i - intStart;
        var fracDigits = 0;
        if (i < t.Length && t[i] == '.')
        {
            var fracStart = ++i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            fracDigits = i - fracStart;
        }
        if (intDigits + fracDigits == 0) return TryReal(t, out _);
        if (intDigits > 1 && t[intStart] == '0') return false;
        if (i < t.Length && (t[i] | 0x20) == 'e')
        {
            i++;
            if (i < t.Length && (t[i] == '-' || t[i] == '+')) i++;
            var expStart = i;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            if (i - expStart is 0 or > 4) return TryReal(t, out _);
        }
        return i == t.Length || TryReal(t, out _);
    }

    /// <summary>ISO dates: yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss[.fff][Z], yyyy-MM-dd HH:mm:ss, and yyyy/MM/dd.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDate(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        var t = text.Trim();
        if (t.Length < 10 || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[3]) || (t[4] != '-' && t[4] != '/')) return false;
        return TryCommonDate(t, out value) ?? DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>A fast path for yyyy-MM-dd, yyyy/MM/dd and yyyy-MM-dd[T ]HH:mm:ss[Z]; null for other layouts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool? TryCommonDate(ReadOnlySpan<char> t, out DateTime value)
    {
        value = default;
        var withTime = t.Length == 19 || (t.Length == 20 && t[19] == 'Z');
        if (t.Length != 10 && !withTime) return null;
        if (t[7] != t[4] || (withTime && (t[4] != '-' || (t[10] != 'T' && t[10] != ' ') || t[13] != ':' || t[16] != ':'))) return null;
        if (!Digits(t, 0, 4, out var year) || !Digits(t, 5, 2, out var month) || !Digits(t, 8, 2, out var day)) return null;
        int hour = 0, minute = 0, second = 0;
        if (withTime && (!Digits(t, 11, 2, out hour) || !Digits(t, 14, 2, out minute) || !Digits(t, 17, 2, out second))) return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> t, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = t[i] - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }

    /// <summary>The ISO storage text of a date: yyyy-MM-dd at midnight, else yyyy-MM-ddTHH:mm:ss.</summary>
    public static string FormatDate(DateTime value) => value.TimeOfDay == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool HasLeadingZero(ReadOnlySpan<char> digits) =>
        digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
