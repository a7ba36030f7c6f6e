using System.Globalization;
using System.Text;

namespace Workbench.Cli.Output;

/// <summary>A CSV file written column by column: a header, then one line per row, RFC 4180 quoting, numbers with
/// round-trip precision ("R": parsing the text gives back the same double), empty cells for missing values.</summary>
public sealed class CsvColumns(int rows)
{
    private readonly List<(string Name, Func<int, string> Cell)> columns = [];

    /// <summary>The number of rows.</summary>
    public int Rows { get; } = rows;

    /// <summary>Adds a numeric column (NaN is written as an empty cell).</summary>
    public CsvColumns Add(string name, IReadOnlyList<double> values)
    {
        Check(name, values.Count);
        columns.Add((name, row => Number(values[row])));
        return this;
    }

    /// <summary>Adds a text column (null is written as an empty cell).</summary>
    public CsvColumns Add(string name, IReadOnlyList<string?> values)
    {
        Check(name, values.Count);
        columns.Add((name, row => Quote(values[row])));
        return this;
    }

    /// <summary>Writes the file as UTF-8 without a byte-order mark, with '\n' line ends, by the rule of
    /// <see cref="OutputFile.WriteAsync"/> (a temporary file renamed into place).</summary>
    public Task WriteAsync(string path, CancellationToken ct) => OutputFile.WriteAsync(path, stream => WriteAsync(stream, ct));

    /// <summary>Writes the CSV text to <paramref name="stream"/>, leaving it open.</summary>
    public async Task WriteAsync(Stream stream, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder();
        for (int row = 0; row < Rows; row++)
        {
            ct.ThrowIfCancellationRequested();
            line.Clear();
            for (int c = 0; c < columns.Count; c++)
                line.Append(c == 0 ? "" : ",").Append(columns[c].Cell(row));
            await writer.WriteLineAsync(line);
        }
    }

    /// <summary>A number as round-trip text, or an empty cell for NaN.</summary>
    public static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A cell quoted when it holds a comma, quote, line break or surrounding spaces.</summary>
    public static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        bool quote = cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]);
        return quote ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    private void Check(string name, int count)
    {
        if (count != Rows) throw new ArgumentException($"Column '{name}' has {count} values but the file has {Rows} rows.");
    }
}
