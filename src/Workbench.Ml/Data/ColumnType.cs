namespace Workbench.Ml.Data;

/// <summary>The logical type of a dataset column, inferred on import and stored in the workspace catalog.</summary>
/// <remarks>Storage in SQLite: Integer and Boolean as INTEGER (Boolean 0/1), Real as REAL, Date as ISO-8601 TEXT
/// (<c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm:ss</c>), Categorical and Text as TEXT. Missing values are NULL.</remarks>
public enum ColumnType
{
    Integer,
    Real,
    Boolean,
    Date,
    Categorical,
    Text,
}

/// <summary>Helpers on <see cref="ColumnType"/>.</summary>
public static class ColumnTypes
{
    /// <summary>True for the types whose values are numbers in a <see cref="DataColumn"/> (Integer, Real, Boolean, Date).</summary>
    public static bool IsNumeric(this ColumnType type) => type is ColumnType.Integer or ColumnType.Real or ColumnType.Boolean or ColumnType.Date;

    /// <summary>The lower-case name used in JSON and on the command line ("integer", "real", ...).</summary>
    public static string ToName(this ColumnType type) => type.ToString().ToLowerInvariant();

    /// <summary>Parses a lower- or mixed-case type name; null when unknown.</summary>
    public static ColumnType? Parse(string? name) =>
        Enum.TryParse<ColumnType>(name, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : null;
}
