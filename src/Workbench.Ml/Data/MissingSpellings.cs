using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>The spellings that mean "no value" in imported files, and the test that applies them.</summary>
/// <remarks>A value is missing when, after trimming ASCII white space (space, tab, CR, LF, vertical tab, form feed), it
/// is empty or exactly one of <see cref="Default"/> (case matters: "NA" and "na" differ, but the common case variants are
/// listed). The text and UTF-8 tests trim the same characters, so inference and storage always agree.</remarks>
public static class MissingSpellings
{
    /// <summary>The default missing-value spellings: empty, NA, N/A, NaN, nan, null, NULL, None, ?, #N/A.</summary>
    public static readonly IReadOnlySet<string> Default =
        new[] { "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "?", "#N/A" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly byte[][] Utf8Spellings = Default.Select(s => System.Text.Encoding.UTF8.GetBytes(s)).ToArray();

    /// <summary>The length of the longest spelling, so longer values are rejected without a lookup.</summary>
    private const int MaxLength = 4;

    /// <summary>The white space trimmed before the test (ASCII only, the same for text and UTF-8).</summary>
    private const string Blank = " \t\r\n\v\f";

    /// <summary>True when <paramref name="value"/> is null, blank, or one of the <see cref="Default"/> spellings.</summary>
    public static bool IsMissing(string? value) => value is null || IsMissing(value.AsSpan());

    /// <summary>True when the text, trimmed, is empty or one of the <see cref="Default"/> spellings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsMissing(ReadOnlySpan<char> value)
    {
        var t = value.Trim(Blank);
        if (t.Length == 0) return true;
        if (t.Length > MaxLength) return false;
        foreach (var s in Default)
            if (t.SequenceEqual(s)) return true;
        return false;
    }

    /// <summary>The same test on UTF-8 bytes, so readers can skip creating strings for missing values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsMissingUtf8(ReadOnlySpan<byte> value)
    {
        if (value.Length == 0) return true;
        if (value.Length > MaxLength && !IsBlank(value[0]) && !IsBlank(value[^1])) return false;
        var t = value.Trim(" \t\r\n\v\f"u8);
        if (t.Length == 0) return true;
        if (t.Length > MaxLength) return false;
        foreach (var s in Utf8Spellings)
            if (t.SequenceEqual(s)) return true;
        return false;
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\v' or (byte)'\f';

    /// <summary>The value itself, or null when it is missing.</summary>
    public static string? Normalize(string? value) => IsMissing(value) ? null : value;
}
