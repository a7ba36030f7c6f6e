using System.Globalization;
using System.Text;
using CsvHelper;

namespace Workbench.Ml.Data;

/// <summary>What a CSV the product writes does with a text cell that a spreadsheet would run as a formula: one that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (CSV injection).</summary>
public enum FormulaCells
{
    /// <summary>Put an apostrophe in front (and quote the cell), so a spreadsheet shows it as text. The default.</summary>
    Escape,

    /// <summary>Write the cell as it is, for files read back by programs (round trips).</summary>
    AsIs,
}

/// <summary>The one way the product writes CSV: CsvHelper's RFC 4180 writer (comma, quotes doubled, a cell quoted when
/// it holds a separator, quote, line break or leading or trailing white space), missing values as empty cells, numbers
/// as the shortest text that reads back to the same double, and formula cells escaped unless asked otherwise.</summary>
/// <remarks>A number stays a number: <c>-3.5</c> or <c>+2</c> are never escaped, whether they arrive as doubles or as
/// text, while text such as <c>-1+2</c> or <c>=SUM(A1)</c> is.</remarks>
public static class CsvOutput
{
    /// <summary>The writer options for <paramref name="formulas"/>, with <paramref name="newLine"/> between records.</summary>
    public static CsvWriterOptions Options(FormulaCells formulas, string newLine = "\r\n") => new()
    {
        NewLine = newLine,
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = formulas == FormulaCells.Escape ? CsvInjection.Escape : CsvInjection.None,
        // + and - are handled by WriteText, which knows whether the cell is a number.
        InjectionCharacters = "=@\t\r",
    };

    /// <summary>A writer of UTF-8 (no byte-order mark) to <paramref name="stream"/>, which stays open unless
    /// <paramref name="leaveOpen"/> is false.</summary>
    public static CsvWriter Create(Stream stream, FormulaCells formulas, string newLine = "\r\n", bool leaveOpen = true) =>
        CsvWriter.Create(stream, Options(formulas, newLine), leaveOpen);

    /// <summary>The CSV text of a table, header first (for downloads built in memory).</summary>
    public static string Build(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows,
        FormulaCells formulas = FormulaCells.Escape)
    {
        using var memory = new MemoryStream();
        using (var csv = Create(memory, formulas))
        {
            WriteRow(csv, columns);
            foreach (var row in rows) WriteRow(csv, row);
            csv.Flush();
        }
        return Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }

    /// <summary>Writes one record of text cells (see <see cref="WriteText"/>).</summary>
    public static void WriteRow(CsvWriter csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++) WriteText(csv, cells[i]);
        csv.EndRecord();
    }

    /// <summary>Writes a text cell (null as an empty cell). A cell that starts with a sign is escaped here rather than
    /// by CsvHelper, since only here is it known whether it is a number (left as it is) or text such as <c>-1+2</c>.</summary>
    public static void WriteText(CsvWriter csv, string? cell)
    {
        if (csv.Options.Injection == CsvInjection.Escape && cell is { Length: > 0 } && cell[0] is '-' or '+' && !IsNumber(cell))
            csv.WriteField("'" + cell, CsvQuoting.Always);
        else
            csv.WriteField(cell);
    }

    /// <summary>Writes a number as the shortest text that reads back to it; NaN as an empty cell.</summary>
    public static void WriteNumber(CsvWriter csv, double value)
    {
        if (double.IsNaN(value)) csv.WriteField(ReadOnlySpan<char>.Empty);
        else csv.WriteField(value);
    }

    private static bool IsNumber(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
}
