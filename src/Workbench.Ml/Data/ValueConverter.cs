using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>Converts raw imported text to the value stored for a column type, with the same syntax inference uses.</summary>
/// <remarks>Every value that <see cref="TypeInference"/> accepted for a type converts to that type. A missing value
/// (null, blank or a <see cref="MissingSpellings.Default"/> spelling) converts to null / NaN for every type. Booleans also
/// accept 0 and 1 here, so a user may turn a 0/1 integer column into a Boolean one.</remarks>
public static class ValueConverter
{
    /// <summary>The SQLite storage value of <paramref name="raw"/> as <paramref name="type"/>: null for missing, long for
    /// Integer, double for Real, long 0/1 for Boolean, ISO-8601 text for Date, the text itself for Categorical and Text.</summary>
    /// <returns>False when the value does not fit the type (the caller reports line and column).</returns>
    public static bool TryConvert(string? raw, ColumnType type, out object? storageValue)
    {
        storageValue = null;
        if (MissingSpellings.IsMissing(raw)) return true;
        switch (type)
        {
            case ColumnType.Categorical or ColumnType.Text:
                storageValue = raw;
                return true;
            case ColumnType.Integer when TryToInteger(raw, out var integer, out _):
                storageValue = integer;
                return true;
            case ColumnType.Date when TryToDate(raw, out var date, out _):
                storageValue = ValueParsers.FormatDate(date);
                return true;
            case ColumnType.Real or ColumnType.Boolean when TryToNumber(raw.AsSpan(), type, out var number):
                storageValue = type == ColumnType.Boolean ? (number != 0 ? 1L : 0L) : (object)number;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The number held in memory for a numeric column: the integer or real value, 0/1 for Boolean, and days since
    /// 1970-01-01 for Date (<see cref="DateValues.ToDays"/>); NaN for a missing value.</summary>
    /// <returns>False when the value does not fit the type, or the type is Categorical or Text.</returns>
    public static bool TryToNumber(string? raw, ColumnType type, out double value)
    {
        if (raw is not null) return TryToNumber(raw.AsSpan(), type, out value);
        value = double.NaN;
        return true;
    }

    /// <summary>The same conversion as <see cref="TryToNumber(string?, ColumnType, out double)"/> of a present cell's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryToNumber(ReadOnlySpan<char> raw, ColumnType type, out double value)
    {
        value = double.NaN;
        if (MissingSpellings.IsMissing(raw)) return true;
        switch (type)
        {
            case ColumnType.Integer when ValueParsers.TryInteger(raw, out var l):
                value = l;
                return true;
            case ColumnType.Real when ValueParsers.TryReal(raw, out var d):
                value = d;
                return true;
            case ColumnType.Boolean when TryBooleanOrBit(raw, out var b):
                value = b ? 1 : 0;
                return true;
            case ColumnType.Date when ValueParsers.TryDate(raw, out var date):
                value = DateValues.ToDays(date);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The exact 64-bit value of a present cell's text as <see cref="ColumnType.Integer"/> (as
    /// <see cref="TryConvert"/> stores it), or <paramref name="missing"/> when it is a missing-value spelling.</summary>
    /// <returns>False when the value is not an integer.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryToInteger(ReadOnlySpan<char> raw, out long value, out bool missing)
    {
        value = 0;
        missing = MissingSpellings.IsMissing(raw);
        return missing || ValueParsers.TryInteger(raw, out value);
    }

    /// <summary>The date of a present cell's text as <see cref="ColumnType.Date"/>, or <paramref name="missing"/>.</summary>
    /// <returns>False when the value is not a date.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryToDate(ReadOnlySpan<char> raw, out DateTime value, out bool missing)
    {
        value = default;
        missing = MissingSpellings.IsMissing(raw);
        return missing || ValueParsers.TryDate(raw, out value);
    }

    /// <summary>Writes the ISO storage text of a date as UTF-8 (the text <see cref="TryConvert"/> stores:
    /// yyyy-MM-dd at midnight, else yyyy-MM-ddTHH:mm:ss) into at least 19 bytes and returns its length.</summary>
    public static int FormatDateUtf8(DateTime value, Span<byte> destination)
    {
        Digits(destination[..4], value.Year);
        destination[4] = (byte)'-';
        Digits(destination.Slice(5, 2), value.Month);
        destination[7] = (byte)'-';
        Digits(destination.Slice(8, 2), value.Day);
        if (value.TimeOfDay == TimeSpan.Zero) return 10;
        destination[10] = (byte)'T';
        Digits(destination.Slice(11, 2), value.Hour);
        destination[13] = (byte)':';
        Digits(destination.Slice(14, 2), value.Minute);
        destination[16] = (byte)':';
        Digits(destination.Slice(17, 2), value.Second);
        return 19;
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--, value /= 10) destination[i] = (byte)('0' + value % 10);
    }

    private static bool TryBooleanOrBit(ReadOnlySpan<char> raw, out bool value)
    {
        if (ValueParsers.TryBoolean(raw, out value)) return true;
        var t = raw.Trim();
        value = t is "1";
        return t is "0" or "1";
    }
}
