using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Reads and converts rows on a worker thread while the calling thread inserts them (<see cref="BatchPipeline"/>),
/// so a 2-core machine parses and writes at the same time. A UTF-8 source (CSV) is converted from its bytes, without a
/// string per value.</summary>
internal static class ImportPipeline
{
    public static void Run(IRowSource source, ColumnSchema[] schema, TableWriter writer, IProgress<double>? progress, CancellationToken ct) =>
        BatchPipeline.Run<RowBatch>((channel, stop) => Produce(source, schema, channel, progress, stop), writer.WriteRows, ct);

    private static void Produce(IRowSource source, ColumnSchema[] schema, BatchChannel<RowBatch> channel,
        IProgress<double>? progress, CancellationToken ct)
    {
        var batch = new RowBatch(schema.Length);
        // The reader knows where a row starts when quoted fields span lines; otherwise count rows after the header.
        var tracking = source as ILineTracking;
        long line = 1;
        void Next()
        {
            if (batch.Count < batch.Capacity) return;
            channel.Send(batch);
            batch = channel.Reuse() ?? new RowBatch(schema.Length);
            batch.Clear();
        }
        if (source is IUtf8RowSource utf8)
        {
            foreach (var row in utf8.ReadUtf8Rows(progress, ct))
            {
                line++;
                batch.Add(row, schema, tracking is { CurrentLine: > 0 } t ? t.CurrentLine : line);
                Next();
            }
        }
        else
        {
            foreach (var row in source.ReadRows(progress, ct))
            {
                line++;
                batch.Add(row, schema, tracking is { CurrentLine: > 0 } t ? t.CurrentLine : line);
                Next();
            }
        }
        if (batch.Count > 0) channel.Send(batch);
    }
}
