using System.Text;

namespace Workbench.Web.Profiling;

/// <summary>Small tables as CSV text and as a <c>data:</c> URL for a download link (no server round trip).</summary>
public static class CsvText
{
    /// <summary>RFC 4180 CSV: a header line and one line per row; fields with a comma, quote or line break are quoted.</summary>
    public static string Build(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendLine(sb, header);
        foreach (var row in rows) AppendLine(sb, row);
        return sb.ToString();
    }

    /// <summary>A <c>data:text/csv</c> URL holding the CSV, for an anchor with a <c>download</c> attribute.</summary>
    public static string DataUrl(string csv) => "data:text/csv;charset=utf-8," + Uri.EscapeDataString(csv);

    private static void AppendLine(StringBuilder sb, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Quote(field));
        }
        sb.Append("\r\n");
    }

    private static string Quote(string? field)
    {
        if (field is null) return "";
        // A leading =, +, - or @ would run as a formula in a spreadsheet; a leading quote mark keeps it text.
        if (field.Length > 0 && field[0] is '=' or '+' or '@' && !double.TryParse(field, out _)) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
