using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>How each <see cref="ColumnType"/> is stored in SQLite and shown as text.</summary>
internal static class ColumnStorage
{
    /// <summary>The SQLite column type (Integer and Boolean INTEGER, Real REAL, the rest TEXT).</summary>
    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Boolean => "INTEGER",
        ColumnType.Real => "REAL",
        _ => "TEXT",
    };

    /// <summary>Words used in messages: "is not a valid integer".</summary>
    public static string Describe(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Real => "number",
        ColumnType.Boolean => "boolean (true/false)",
        ColumnType.Date => "date (e.g. 2024-03-31)",
        _ => "text",
    };

    /// <summary>A stored value as display text; null for NULL.</summary>
    public static string? Display(object? value, ColumnType type) => value switch
    {
        null or DBNull => null,
        long l when type == ColumnType.Boolean => l != 0 ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        byte[] b => Convert.ToHexString(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The name a column of <paramref name="schema"/> does not use for SQLite's row id, or null when all are taken.</summary>
    public static string? RowIdAlias(IEnumerable<string> columnNames)
    {
        var names = new HashSet<string>(columnNames, StringComparer.OrdinalIgnoreCase);
        return new[] { "rowid", "_rowid_", "oid" }.FirstOrDefault(a => !names.Contains(a));
    }
}
