using Workbench.Ml.Data;

namespace Workbench.Web.Shared;

/// <summary>A result table as CSV text for a browser download, written by the product's one CSV writer
/// (<see cref="CsvOutput"/>): RFC 4180, CRLF, empty cells for missing, formula cells escaped.</summary>
public static class CsvText
{
    /// <summary>The table as CSV, header first.</summary>
    public static string Build(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows) =>
        CsvOutput.Build(columns, rows, FormulaCells.Escape);

    /// <summary>A data: URI for a browser download of the CSV (no script needed).</summary>
    public static string ToDataUri(string csv) => "data:text/csv;charset=utf-8," + Uri.EscapeDataString(csv);
}
