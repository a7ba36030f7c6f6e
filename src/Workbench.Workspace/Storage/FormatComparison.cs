using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Storage;

/// <summary>Writes a dataset as CSV (CsvHelper), Parquet (Parquet.Net, column-wise) and SQLite (a new file) in a
/// temporary folder, reads each back fully, and measures size and times. The folder is removed afterwards.</summary>
public sealed class FormatComparison(IDatasetStore datasets, ILogger<FormatComparison> logger) : IFormatComparison
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<FormatMeasurement>> CompareAsync(string datasetName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var data = await datasets.LoadAsync(datasetName, null, ScaledProgress.Of(progress, 0, 0.25), cancellationToken).ConfigureAwait(false);
        var folder = Path.Combine(Path.GetTempPath(), "workbench-formats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            IFormatFile[] formats = [new CsvFormatFile(), new ParquetFormatFile(), new SqliteFormatFile()];
            var results = new List<FormatMeasurement>();
            for (var i = 0; i < formats.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(await MeasureAsync(formats[i], data, folder, cancellationToken).ConfigureAwait(false));
                progress?.Report(0.25 + 0.75 * (i + 1) / formats.Length);
            }
            logger.LogInformation("Compared storage formats for dataset {Name}: {Results}", datasetName,
                string.Join("; ", results.Select(r => $"{r.Format} {r.SizeBytes} B, write {r.WriteTime.TotalMilliseconds:0} ms, read {r.ReadTime.TotalMilliseconds:0} ms")));
            return results;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException e) { logger.LogWarning(e, "Could not remove the temporary folder {Folder}", folder); }
        }
    }

    private static async Task<FormatMeasurement> MeasureAsync(IFormatFile format, TabularData data, string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, "data" + format.Extension);
        var clock = Stopwatch.StartNew();
        await format.WriteAsync(data, path, ct).ConfigureAwait(false);
        var write = clock.Elapsed;
        var size = new FileInfo(path).Length;
        clock.Restart();
        var rows = await format.ReadAsync(data, path, ct).ConfigureAwait(false);
        var read = clock.Elapsed;
        if (rows != data.RowCount)
            throw new InvalidOperationException($"{format.Name} read back {rows} rows but {data.RowCount} were written.");
        return new FormatMeasurement(format.Name, size, write, read, rows);
    }
}

/// <summary>One storage format of the comparison: writes a table to a file and reads it back fully.</summary>
internal interface IFormatFile
{
    string Name { get; }

    string Extension { get; }

    Task WriteAsync(TabularData data, string path, CancellationToken ct);

    /// <summary>Reads every value back into memory (parsed to its type); returns the number of rows.</summary>
    Task<long> ReadAsync(TabularData data, string path, CancellationToken ct);
}
