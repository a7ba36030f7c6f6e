using Workbench.Ml.Data;

namespace Workbench.Workspace.Storage;

/// <summary>CSV: written with CsvHelper, read back with the workbench's reader and parsed to each column's type.</summary>
internal sealed class CsvFormatFile : IFormatFile
{
    public string Name => "CSV";

    public string Extension => ".csv";

    public async Task WriteAsync(TabularData data, string path, CancellationToken ct)
    {
        // A timing file that this class reads back itself: cells are written as they are (a round trip).
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using var csv = CsvOutput.Create(file, FormulaCells.AsIs);
        var names = data.Columns.Select(c => c.Name).ToArray();
        CsvOutput.WriteRow(csv, names);
        var row = new string?[data.Columns.Count];
        for (var r = 0; r < data.RowCount; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            for (var c = 0; c < row.Length; c++) row[c] = data.Columns[c].Format(r);
            CsvOutput.WriteRow(csv, row);
        }
        await csv.FlushAsync(ct);
    }

    public Task<long> ReadAsync(TabularData data, string path, CancellationToken ct) => Task.Run(() =>
    {
        var source = DataFileReader.Open(path, new ReadOptions(DataFormat.Csv, ','));
        var types = data.Columns.Select(c => c.Type).ToArray();
        var numbers = new double[types.Length];
        long rows = 0;
        foreach (var row in source.ReadRows(null, ct))
        {
            for (var c = 0; c < types.Length; c++)
                if (types[c].IsNumeric()) ValueConverter.TryToNumber(row[c], types[c], out numbers[c]);
            rows++;
        }
        return rows;
    }, ct);
}
