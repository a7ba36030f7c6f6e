namespace Workbench.Workspace.Logging;

/// <summary>One structured log record of what the workbench did, stored in the workspace.</summary>
/// <param name="Level">Trace, Debug, Information, Warning, Error or Critical.</param>
/// <param name="Source">The logger category, e.g. "Workbench.Workspace.Datasets.DatasetStore".</param>
public sealed record LogEntry(long Id, DateTimeOffset Time, string Level, string Source, string Message, string? Exception);

/// <summary>A filter over the log. Null fields do not filter.</summary>
public sealed record LogQuery(IReadOnlyList<string>? Levels = null, string? SourceContains = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, string? TextContains = null, int Limit = 500);

/// <summary>Reads the workbench's own structured log (newest first).</summary>
public interface ILogStore
{
    /// <summary>Entries matching the query, newest first.</summary>
    Task<IReadOnlyList<LogEntry>> QueryAsync(LogQuery query, CancellationToken cancellationToken = default);

    /// <summary>The distinct sources (logger categories) seen so far.</summary>
    Task<IReadOnlyList<string>> SourcesAsync(CancellationToken cancellationToken = default);
}
