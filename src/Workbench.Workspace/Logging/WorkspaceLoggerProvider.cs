using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Workbench.Workspace.Logging;

/// <summary>Writes log entries to the workspace (<c>wb_log</c>) on a background task: callers only enqueue, never
/// wait and never see an exception. Entries are inserted in batches and the newest <see cref="Defaults.MaxEntries"/> kept.</summary>
public sealed class WorkspaceLoggerProvider : ILoggerProvider
{
    /// <summary>Defaults of the provider.</summary>
    public static class Defaults
    {
        /// <summary>Entries kept in the workspace.</summary>
        public const int MaxEntries = 50_000;

        /// <summary>Entries waiting to be written; beyond this the oldest waiting ones are dropped.</summary>
        public const int QueueCapacity = 10_000;

        /// <summary>Most entries in one insert transaction.</summary>
        public const int BatchSize = 500;
    }

    private readonly SqliteWorkspace _workspace;
    private readonly LogLevel _minimumLevel;
    private readonly int _maxEntries;
    private readonly Channel<PendingEntry> _queue;
    private readonly Task _writer;
    private long _enqueued;
    private long _written;

    /// <summary>A provider writing entries at <paramref name="minimumLevel"/> or above to <paramref name="workspace"/>.</summary>
    public WorkspaceLoggerProvider(SqliteWorkspace workspace, LogLevel minimumLevel = LogLevel.Information, int maxEntries = Defaults.MaxEntries)
    {
        _workspace = workspace;
        _minimumLevel = minimumLevel;
        _maxEntries = maxEntries;
        _queue = Channel.CreateBounded<PendingEntry>(new BoundedChannelOptions(Defaults.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
        }, _ => Interlocked.Increment(ref _written));
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new WorkspaceLogger(this, categoryName);

    /// <summary>Waits until every entry enqueued so far has been written (or dropped), at most <paramref name="timeout"/>.</summary>
    public async Task FlushAsync(TimeSpan? timeout = null)
    {
        var target = Interlocked.Read(ref _enqueued);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Interlocked.Read(ref _written) < target && !_writer.IsCompleted && DateTime.UtcNow < deadline)
            await Task.Delay(10);
    }

    /// <summary>Stops accepting entries and writes the ones waiting (for up to 5 s).</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(5));
    }

    internal bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= _minimumLevel;

    internal void Enqueue(PendingEntry entry)
    {
        Interlocked.Increment(ref _enqueued);
        if (!_queue.Writer.TryWrite(entry)) Interlocked.Increment(ref _written);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingEntry>(Defaults.BatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < Defaults.BatchSize && _queue.Reader.TryRead(out var entry)) batch.Add(entry);
            try { Insert(batch); }
            catch (Exception) { /* Logging must never fail the app; a lost batch is acceptable. */ }
            Interlocked.Add(ref _written, batch.Count);
            batch.Clear();
        }
    }

    private void Insert(List<PendingEntry> batch)
    {
        // Until the host opened the workspace its schema is unknown (it may be a newer one, or not a workspace at all):
        // entries logged before then, or when opening failed, are not written into the file.
        if (!_workspace.IsOpened) return;
        using var connection = _workspace.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO wb_log(time, level, source, message, exception) VALUES ($time, $level, $source, $message, $exception);";
        var time = command.Parameters.Add("$time", SqliteType.Text);
        var level = command.Parameters.Add("$level", SqliteType.Text);
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var message = command.Parameters.Add("$message", SqliteType.Text);
        var exception = command.Parameters.Add("$exception", SqliteType.Text);
        foreach (var entry in batch)
        {
            time.Value = LogStore.Format(entry.Time); level.Value = entry.Level.ToString(); source.Value = entry.Source;
            message.Value = entry.Message; exception.Value = (object?)entry.Exception ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        // Ids grow by one per entry and only the oldest are deleted, so this keeps exactly the newest entries.
        command.Parameters.Clear();
        command.CommandText = "DELETE FROM wb_log WHERE id <= (SELECT MAX(id) FROM wb_log) - $keep;";
        command.Parameters.AddWithValue("$keep", _maxEntries);
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}

/// <summary>An entry waiting to be written.</summary>
internal sealed record PendingEntry(DateTimeOffset Time, LogLevel Level, string Source, string Message, string? Exception);

/// <summary>The logger handed out by <see cref="WorkspaceLoggerProvider"/> for one category.</summary>
internal sealed class WorkspaceLogger(WorkspaceLoggerProvider provider, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => provider.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        try
        {
            provider.Enqueue(new PendingEntry(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception?.ToString()));
        }
        catch (Exception) { /* A failing formatter must not reach the caller. */ }
    }
}
