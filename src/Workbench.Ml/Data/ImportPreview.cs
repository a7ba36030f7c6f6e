namespace Workbench.Ml.Data;

/// <summary>Options for opening a file for import.</summary>
/// <param name="Format">The format, or null to detect it from the extension and content.</param>
/// <param name="Delimiter">The CSV delimiter, or null to detect it (',', ';', tab, '|').</param>
/// <param name="MaxFieldChars">The longest value accepted, in characters (<see cref="FieldLimit"/>).</param>
public sealed record ReadOptions(DataFormat? Format = null, char? Delimiter = null, int MaxFieldChars = FieldLimit.DefaultMaxChars);

/// <summary>A column as the first pass over a file found it.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Type">The inferred type (the narrowest that fits every non-missing value).</param>
/// <param name="Missing">Number of missing values.</param>
/// <param name="Distinct">Number of distinct non-missing values, capped at <see cref="ImportPreview.DistinctCap"/>.</param>
/// <param name="Examples">Up to five distinct example values.</param>
public sealed record InferredColumn(string Name, ColumnType Type, long Missing, long Distinct, IReadOnlyList<string> Examples);

/// <summary>What a file holds, before anything is written: the schema to confirm or override, and the first rows.</summary>
public sealed record ImportPreview(DataFormat Format, IReadOnlyList<InferredColumn> Columns, IReadOnlyList<string?[]> FirstRows, long RowCount)
{
    /// <summary>Distinct counts stop at this number.</summary>
    public const long DistinctCap = 100_000;

    /// <summary>The schema as inferred.</summary>
    public IReadOnlyList<ColumnSchema> Schema => Columns.Select(c => new ColumnSchema(c.Name, c.Type)).ToList();
}
