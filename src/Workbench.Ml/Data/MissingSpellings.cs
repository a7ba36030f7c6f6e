using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>The spellings that mean "no value" in imported files, and the test that applies them.</summary>
/// <remarks>A value is missing when, after trimming white space (<see cref="char.IsWhiteSpace(char)"/>: spaces, tabs,
/// line breaks, non-breaking and other Unicode spaces), it is empty or exactly one of <see cref="Default"/> (case
/// matters: "NA" and "na" differ, but the common case variants are listed). The text and UTF-8 tests trim exactly the
/// same characters, so inference and storage always agree. CsvHelper's <c>NullValues</c> is not used: it would apply
/// to CSV only, while this one rule serves CSV, JSON and Parquet text alike.</remarks>
public static class MissingSpellings
{
    /// <summary>The default missing-value spellings: empty, NA, N/A, NaN, nan, null, NULL, None, ?, #N/A.</summary>
    public static readonly IReadOnlySet<string> Default =
        new[] { "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "?", "#N/A" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly byte[][] Utf8Spellings = Default.Select(s => System.Text.Encoding.UTF8.GetBytes(s)).ToArray();

    /// <summary>The length of the longest spelling, so longer values are rejected without a lookup.</summary>
    private const int MaxLength = 4;

    /// <summary>The ASCII bytes .NET counts as white space, so the UTF-8 test trims exactly what the text test trims.</summary>
    private static readonly byte[] AsciiBlanks =
        Enumerable.Range(0, 128).Where(b => char.IsWhiteSpace((char)b)).Select(b => (byte)b).ToArray();

    /// <summary>True when <paramref name="value"/> is null, blank, or one of the <see cref="Default"/> spellings.</summary>
    public static bool IsMissing(string? value) => value is null || IsMissing(value.AsSpan());

    /// <summary>True when the text, trimmed, is empty or one of the <see cref="Default"/> spellings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsMissing(ReadOnlySpan<char> value)
    {
        var t = value.Trim();
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
        if (value.Length > MaxLength && IsPlain(value[0]) && IsPlain(value[^1])) return false;
        var t = value.Trim(AsciiBlanks);
        if (t.Length == 0) return true;
        // What starts or ends with a non-ASCII character may be padded with Unicode white space: test its text.
        if (t[0] >= 0x80 || t[^1] >= 0x80) return IsMissingDecoded(t);
        if (t.Length > MaxLength) return false;
        foreach (var s in Utf8Spellings)
            if (t.SequenceEqual(s)) return true;
        return false;
    }

    /// <summary>An ASCII byte that is not white space: a value that starts and ends with one is trimmed as it is.</summary>
    private static bool IsPlain(byte b) => b < 0x80 && !AsciiBlanks.AsSpan().Contains(b);

    private static bool IsMissingDecoded(ReadOnlySpan<byte> value)
    {
        var length = System.Text.Encoding.UTF8.GetCharCount(value);
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        System.Text.Encoding.UTF8.GetChars(value, chars);
        return IsMissing(chars);
    }

    /// <summary>The value itself, or null when it is missing.</summary>
    public static string? Normalize(string? value) => IsMissing(value) ? null : value;
}
