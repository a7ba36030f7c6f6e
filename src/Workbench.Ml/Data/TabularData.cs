namespace Workbench.Ml.Data;

/// <summary>One column of an in-memory table, in columnar form.</summary>
/// <remarks>Numeric types (Integer, Real, Boolean, Date) fill <see cref="Numbers"/> with NaN for missing values;
/// a Date is stored as days since 1970-01-01 (fractional for times). Categorical and Text fill <see cref="Strings"/>
/// with null for missing values. Exactly one of the two arrays is set.</remarks>
public sealed record DataColumn(string Name, ColumnType Type, double[]? Numbers, string?[]? Strings)
{
    /// <summary>Number of rows.</summary>
    public int Length => Numbers?.Length ?? Strings!.Length;

    /// <summary>True when the value at <paramref name="row"/> is missing.</summary>
    public bool IsMissing(int row) => Numbers is not null ? double.IsNaN(Numbers[row]) : Strings![row] is null;

    /// <summary>A numeric column.</summary>
    public static DataColumn Numeric(string name, ColumnType type, double[] values) => new(name, type, values, null);

    /// <summary>A categorical or text column.</summary>
    public static DataColumn Text(string name, ColumnType type, string?[] values) => new(name, type, null, values);

    /// <summary>The value formatted for display (dates as ISO text, booleans as true/false); null when missing.</summary>
    public string? Format(int row)
    {
        if (Strings is not null) return Strings[row];
        var v = Numbers![row];
        if (double.IsNaN(v)) return null;
        return Type switch
        {
            ColumnType.Boolean => v != 0 ? "true" : "false",
            ColumnType.Date => DateValues.Format(v),
            ColumnType.Integer => ((long)v).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>An in-memory table in columnar form: what profiling, pipelines and drift work on.</summary>
public sealed record TabularData(string Name, IReadOnlyList<DataColumn> Columns)
{
    /// <summary>Number of rows (0 for a table without columns).</summary>
    public int RowCount => Columns.Count == 0 ? 0 : Columns[0].Length;

    /// <summary>The column of that name (ordinal comparison); throws when absent.</summary>
    public DataColumn this[string name] => Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"Column '{name}' is not in dataset '{Name}'.");
}

/// <summary>Conversions between dates and the day numbers stored in numeric columns.</summary>
public static class DateValues
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Days since 1970-01-01, fractional for times of day.</summary>
    public static double ToDays(DateTime value) => (value - Epoch).TotalDays;

    /// <summary>The date of a day number.</summary>
    public static DateTime FromDays(double days) => Epoch.AddTicks((long)Math.Round(days * TimeSpan.TicksPerDay));

    /// <summary>ISO-8601: <c>yyyy-MM-dd</c> when the time is midnight, else <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public static string Format(double days)
    {
        var d = FromDays(days);
        return d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
