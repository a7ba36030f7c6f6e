using CsvHelper;
using Workbench.Ml.Data;

namespace Workbench.Cli.Output;

/// <summary>A CSV file written column by column with the product's CSV writer (<see cref="CsvOutput"/>): a header,
/// then one line per row, numbers with round-trip precision (parsing the text gives back the same double), empty
/// cells for missing values, and text cells that a spreadsheet would run as formulas escaped unless asked otherwise.</summary>
public sealed class CsvColumns(int rows)
{
    private readonly List<(string Name, Action<CsvWriter, int> Cell)> columns = [];

    /// <summary>The number of rows.</summary>
    public int Rows { get; } = rows;

    /// <summary>Adds a numeric column (NaN is written as an empty cell).</summary>
    public CsvColumns Add(string name, IReadOnlyList<double> values)
    {
        Check(name, values.Count);
        columns.Add((name, (csv, row) => CsvOutput.WriteNumber(csv, values[row])));
        return this;
    }

    /// <summary>Adds a text column (null is written as an empty cell).</summary>
    public CsvColumns Add(string name, IReadOnlyList<string?> values)
    {
        Check(name, values.Count);
        columns.Add((name, (csv, row) => CsvOutput.WriteText(csv, values[row])));
        return this;
    }

    /// <summary>Writes the table as UTF-8 without a byte-order mark, with '\n' line ends.</summary>
    public async Task WriteAsync(Stream stream, FormulaCells formulas, CancellationToken ct)
    {
        await using var csv = CsvOutput.Create(stream, formulas, "\n");
        foreach (var (name, _) in columns) CsvOutput.WriteText(csv, name);
        await csv.EndRecordAsync(ct);
        for (int row = 0; row < Rows; row++)
        {
            foreach (var (_, cell) in columns) cell(csv, row);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private void Check(string name, int count)
    {
        if (count != Rows) throw new ArgumentException($"Column '{name}' has {count} values but the file has {Rows} rows.");
    }
}
