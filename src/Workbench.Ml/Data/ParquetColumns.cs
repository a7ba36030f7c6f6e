using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Workbench.Ml.Data;

/// <summary>Maps Parquet columns to column types and reads a column of a row group as text, one value per row.</summary>
internal static class ParquetColumns
{
    /// <summary>The column type a Parquet field declares: integers are Integer (unsigned 64-bit ones Real, since they
    /// may not fit), floats and decimals Real, booleans Boolean, dates and timestamps Date, and strings and other values
    /// Categorical (inference then chooses between Categorical and Text).</summary>
    public static ColumnType TypeOf(DataField field) => Type.GetTypeCode(field.ClrType) switch
    {
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 => ColumnType.Integer,
        TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => ColumnType.Real,
        TypeCode.Boolean => ColumnType.Boolean,
        TypeCode.DateTime => ColumnType.Date,
        _ => field.ClrType == typeof(DateOnly) || field.ClrType == typeof(DateTimeOffset) ? ColumnType.Date : ColumnType.Categorical,
    };

    /// <summary>Reads one column of a row group as text (invariant culture; null for missing values).</summary>
    public static async Task<string?[]> ReadAsync(ParquetRowGroupReader group, DataField field, CancellationToken ct)
    {
        var n = checked((int)group.RowCount);
        var t = field.ClrType;
        if (t == typeof(int)) return await Read<int>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(long)) return await Read<long>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(short)) return await Read<short>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(sbyte)) return await Read<sbyte>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(byte)) return await Read<byte>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(ushort)) return await Read<ushort>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(uint)) return await Read<uint>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(ulong)) return await Read<ulong>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(double)) return await Read<double>(group, field, n, Real, ct);
        if (t == typeof(float)) return await Read<float>(group, field, n, v => float.IsNaN(v) ? null : Real(v), ct);
        if (t == typeof(decimal)) return await Read<decimal>(group, field, n, v => v.ToString(CultureInfo.InvariantCulture), ct);
        if (t == typeof(bool)) return await Read<bool>(group, field, n, v => v ? "true" : "false", ct);
        if (t == typeof(DateTime)) return await Read<DateTime>(group, field, n, Date, ct);
        if (t == typeof(DateOnly)) return await Read<DateOnly>(group, field, n, v => Date(v.ToDateTime(TimeOnly.MinValue)), ct);
        if (t == typeof(DateTimeOffset)) return await Read<DateTimeOffset>(group, field, n, v => Date(v.UtcDateTime), ct);
        if (t == typeof(TimeSpan)) return await Read<TimeSpan>(group, field, n, v => v.ToString("c", CultureInfo.InvariantCulture), ct);
        if (t == typeof(TimeOnly)) return await Read<TimeOnly>(group, field, n, v => v.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), ct);
        if (t == typeof(Guid)) return await Read<Guid>(group, field, n, v => v.ToString(), ct);
        if (t == typeof(byte[]))
        {
            var bytes = new byte[]?[n];
            await group.ReadAsync(field, bytes.AsMemory(), null, ct);
            return Array.ConvertAll(bytes, b => b is null ? null : Convert.ToBase64String(b));
        }
        var strings = new string?[n];
        await group.ReadAsync(field, strings.AsMemory(), null, ct);
        for (var i = 0; i < n; i++) strings[i] = MissingSpellings.Normalize(strings[i]);
        return strings;
    }

    private static async Task<string?[]> Read<T>(ParquetRowGroupReader group, DataField field, int n, Func<T, string?> format, CancellationToken ct)
        where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync<T>(field, values.AsMemory(), null, ct);
        var text = new string?[n];
        for (var i = 0; i < n; i++)
            if (values[i] is { } v) text[i] = format(v);
        return text;
    }

    private static string? Real(double v) => double.IsNaN(v) ? null
        : double.IsPositiveInfinity(v) ? "inf" : double.IsNegativeInfinity(v) ? "-inf" : v.ToString("R", CultureInfo.InvariantCulture);

    private static string? Real(float v) => Real(double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static string Date(DateTime v) => v.TimeOfDay == TimeSpan.Zero
        ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : v.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
