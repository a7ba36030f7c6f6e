using System.Globalization;
using System.Text;

namespace Workbench.Web.Shared;

/// <summary>Writes a result table as CSV text (RFC 4180: comma, CRLF, quotes doubled; empty cell for missing), safe
/// to open in a spreadsheet.</summary>
public static class CsvText
{
    /// <summary>The table as CSV, header first.</summary>
    public static string Build(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, columns);
        foreach (var row in rows)
            AppendRow(text, row);
        return text.ToString();
    }

    /// <summary>A data: URI for a browser download of the CSV (no script needed).</summary>
    public static string ToDataUri(string csv) => "data:text/csv;charset=utf-8," + Uri.EscapeDataString(csv);

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            text.Append(Quote(Neutralise(cells[i])));
        }
        text.Append("\r\n");
    }

    // A spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula; a leading apostrophe keeps it text.
    // Numbers such as -1.5 or +3 are left alone.
    private static string? Neutralise(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    private static string Quote(string? cell)
    {
        if (cell is null)
            return "";
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
