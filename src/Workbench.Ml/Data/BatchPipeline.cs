using System.Collections.Concurrent;

namespace Workbench.Ml.Data;

/// <summary>Fills batches on a worker thread while the calling thread consumes them, so a 2-core machine reads a file
/// and works on what it read at the same time. Consumed batches are handed back for reuse. An error or cancellation on
/// either side stops both, and the producer's own error (e.g. a malformed line) is the one thrown.</summary>
public static class BatchPipeline
{
    /// <summary>Filled batches waiting for the consumer, at most.</summary>
    public const int BatchesInFlight = 4;

    /// <summary>Runs <paramref name="produce"/> on a worker thread and <paramref name="consume"/> on this one, for every
    /// batch the producer sends, in order.</summary>
    public static void Run<TBatch>(Action<BatchChannel<TBatch>, CancellationToken> produce, Action<TBatch> consume, CancellationToken ct)
        where TBatch : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var full = new BlockingCollection<TBatch>(BatchesInFlight);
        var channel = new BatchChannel<TBatch>(full, stop.Token);
        var producer = Task.Run(() =>
        {
            try { produce(channel, stop.Token); }
            finally { full.CompleteAdding(); }
        }, stop.Token);
        try
        {
            foreach (var batch in full.GetConsumingEnumerable(stop.Token))
            {
                consume(batch);
                channel.Return(batch);
            }
        }
        catch
        {
            stop.Cancel();
            try { producer.Wait(CancellationToken.None); }
            catch (AggregateException e) when (e.InnerException is not OperationCanceledException) { throw e.InnerException!; }
            catch (AggregateException) { /* cancelled as asked */ }
            throw;
        }
        producer.GetAwaiter().GetResult();
    }
}

/// <summary>The producer's side of a <see cref="BatchPipeline"/>: sends filled batches and takes back consumed ones.</summary>
public sealed class BatchChannel<TBatch> where TBatch : class
{
    private readonly BlockingCollection<TBatch> _full;
    private readonly ConcurrentBag<TBatch> _empty = [];
    private readonly CancellationToken _stop;

    internal BatchChannel(BlockingCollection<TBatch> full, CancellationToken stop)
    {
        _full = full;
        _stop = stop;
    }

    /// <summary>Hands a filled batch to the consumer, waiting while <see cref="BatchPipeline.BatchesInFlight"/> are queued.</summary>
    public void Send(TBatch batch) => _full.Add(batch, _stop);

    /// <summary>A consumed batch to fill again, or null when none is free (create a new one).</summary>
    public TBatch? Reuse() => _empty.TryTake(out var batch) ? batch : null;

    internal void Return(TBatch batch) => _empty.Add(batch);
}
