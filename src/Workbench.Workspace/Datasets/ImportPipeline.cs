using System.Collections.Concurrent;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Reads and converts rows on a worker thread while the calling thread inserts them, so a 2-core machine
/// parses and writes at the same time. Errors and cancellation from either side stop both and surface to the caller.</summary>
internal static class ImportPipeline
{
    private const int BatchesInFlight = 4;

    public static void Run(IRowSource source, ColumnSchema[] schema, TableWriter writer, IProgress<double>? progress, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var full = new BlockingCollection<RowBatch>(BatchesInFlight);
        var empty = new ConcurrentBag<RowBatch>();
        var producer = Task.Run(() => Produce(source, schema, full, empty, progress, stop.Token), stop.Token);
        try
        {
            foreach (var batch in full.GetConsumingEnumerable(stop.Token))
            {
                for (var r = 0; r < batch.Count; r++) writer.WriteRow(batch, r);
                batch.Count = 0;
                empty.Add(batch);
            }
        }
        catch
        {
            stop.Cancel();
            // The reader's own error (e.g. a bad value) explains more than the cancellation it caused here.
            try { producer.Wait(CancellationToken.None); }
            catch (AggregateException e) when (e.InnerException is not OperationCanceledException) { throw e.InnerException!; }
            catch (AggregateException) { /* cancelled as asked */ }
            throw;
        }
        producer.GetAwaiter().GetResult();
    }

    private static void Produce(IRowSource source, ColumnSchema[] schema, BlockingCollection<RowBatch> full,
        ConcurrentBag<RowBatch> empty, IProgress<double>? progress, CancellationToken ct)
    {
        try
        {
            var batch = new RowBatch(schema.Length);
            // The reader knows where a row starts when quoted fields span lines; otherwise count rows after the header.
            var tracking = source as ILineTracking;
            long line = 1;
            foreach (var row in source.ReadRows(progress, ct))
            {
                line++;
                batch.Add(row, schema, tracking is { CurrentLine: > 0 } t ? t.CurrentLine : line);
                if (batch.Count < batch.Capacity) continue;
                full.Add(batch, ct);
                batch = empty.TryTake(out var reused) ? reused : new RowBatch(schema.Length);
            }
            if (batch.Count > 0) full.Add(batch, ct);
        }
        finally
        {
            full.CompleteAdding();
        }
    }
}
