namespace Workbench.Ml.Data;

/// <summary>Loading a whole row source into memory.</summary>
public static class RowSourceExtensions
{
    /// <summary>Reads every row of <paramref name="source"/> into a columnar table with the given schema (one entry per
    /// source column, in order; the schema's names are used). For small files and tests.</summary>
    /// <exception cref="DataImportException">A value does not fit its column's type; the message names row and column.</exception>
    public static TabularData ToTabularData(this IRowSource source, IReadOnlyList<ColumnSchema> schema, string name)
    {
        if (schema.Count != source.ColumnNames.Count)
            throw new ArgumentException($"The schema has {schema.Count} columns but the source has {source.ColumnNames.Count}.", nameof(schema));
        var numbers = new List<double>?[schema.Count];
        var strings = new List<string?>?[schema.Count];
        for (var c = 0; c < schema.Count; c++)
        {
            if (schema[c].Type.IsNumeric()) numbers[c] = [];
            else strings[c] = [];
        }
        long row = 0;
        foreach (var values in source.ReadRows())
        {
            row++;
            for (var c = 0; c < schema.Count; c++)
            {
                if (strings[c] is { } s) { s.Add(MissingSpellings.Normalize(values[c])); continue; }
                if (!ValueConverter.TryToNumber(values[c], schema[c].Type, out var v))
                    throw NotConvertible(source, row, schema[c], values[c]);
                numbers[c]!.Add(v);
            }
        }
        var columns = new DataColumn[schema.Count];
        for (var c = 0; c < schema.Count; c++)
            columns[c] = numbers[c] is { } n
                ? DataColumn.Numeric(schema[c].Name, schema[c].Type, n.ToArray())
                : DataColumn.Text(schema[c].Name, schema[c].Type, strings[c]!.ToArray());
        return new TabularData(name, columns);
    }

    /// <summary>The error for a value that does not fit the chosen type of its column.</summary>
    public static DataImportException NotConvertible(IRowSource source, long row, ColumnSchema column, string? value)
    {
        var line = source is ILineTracking t && t.CurrentLine > 0 ? t.CurrentLine : (long?)null;
        var where = line is null ? $"Row {row}" : $"Line {line}";
        var shown = value is { Length: > 60 } ? value[..60] + "..." : value;
        return new DataImportException(
            $"{where}, column '{column.Name}': the value '{shown}' is not {Article(column.Type)} {column.Type.ToName()}. " +
            "Choose another type for that column (Categorical or Text keep any value) or fix the value in the file.", line);
    }

    private static string Article(ColumnType type) => type == ColumnType.Integer ? "an" : "a";
}
