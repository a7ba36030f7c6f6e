using Workbench.Cli.Output;
using Workbench.Ml.Data;

namespace Workbench.Cli.Bench;

/// <summary>Writes a benchmark's generated table as CSV, so a reference implementation can time itself on the same
/// rows. Numbers are written as the shortest text that reads back to them; nothing is escaped.</summary>
internal static class BenchCsv
{
    public static void Write(TabularData data, string path, bool overwrite, string option, CancellationToken ct)
    {
        using var file = SafeOutputFile.Create(SafeOutputFile.Check(path, overwrite, null, option: option), overwrite);
        using (var csv = CsvOutput.Create(file.Stream, FormulaCells.AsIs, "\n"))
        {
            CsvOutput.WriteRow(csv, data.Columns.Select(c => c.Name).ToArray());
            for (int i = 0; i < data.RowCount; i++)
            {
                if (i % 65536 == 0) ct.ThrowIfCancellationRequested();
                foreach (var column in data.Columns)
                    if (column.Numbers is { } numbers) CsvOutput.WriteNumber(csv, numbers[i]);
                    else CsvOutput.WriteText(csv, column.Strings![i]);
                csv.EndRecord();
            }
            csv.Flush();
        }
        file.Commit();
    }
}
