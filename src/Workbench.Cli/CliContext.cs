using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Cli.Output;
using Workbench.Workspace;
using Workbench.Workspace.Drift;

namespace Workbench.Cli;

/// <summary>What one run of the command line shares: its writers, progress, and the workspace it opened. A run that
/// fails and created the workspace file (or its folder) removes it again, so a failed call leaves nothing behind.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, bool showProgress) : IAsyncDisposable
{
    private ServiceProvider? provider;
    private string? createdWorkspace;
    private string? createdFolder;
    private bool failed;

    /// <summary>Where JSON results go.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Where errors and progress go.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>The workspace file this run opened, or null before one is opened.</summary>
    public string? WorkspaceFile { get; private set; }

    /// <summary>The workspace file this run uses.</summary>
    public static string WorkspacePath(ParseResult parse) => WorkspaceLocation.Resolve(parse.GetValue(GlobalOptions.Workspace));

    /// <summary>True when the workspace file exists (read-only commands then need not create it).</summary>
    public static bool WorkspaceExists(ParseResult parse) => File.Exists(WorkspacePath(parse));

    /// <summary>Opens (creating if needed) the workspace and returns its services.</summary>
    public IServiceProvider OpenWorkspace(ParseResult parse) => OpenWorkspace(WorkspacePath(parse));

    /// <summary>Opens (creating if needed) the workspace at <paramref name="path"/> and returns its services.</summary>
    /// <exception cref="WorkspaceException">The file cannot be used as a workspace (a newer schema, not a database,
    /// read-only, ...); nothing was changed.</exception>
    /// <exception cref="WorkspaceBusyException">Another process kept the workspace locked.</exception>
    public IServiceProvider OpenWorkspace(string path)
    {
        if (provider is not null) throw new InvalidOperationException("The workspace is already open.");
        WorkspaceFile = path;
        if (!File.Exists(path))
        {
            createdWorkspace = path;
            createdFolder = OutermostMissingFolder(path);
        }
        var services = new ServiceCollection();
        // No logging: a command writes nothing to the workspace beyond its result (and nothing at all on error).
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddWorkbenchWorkspace(path);
        services.AddWorkbenchDrift();
        provider = services.BuildServiceProvider();
        provider.OpenWorkbenchWorkspace();
        return provider;
    }

    /// <summary>A progress reporter on stderr when it is a terminal; null otherwise.</summary>
    public TerminalProgress? Progress(string label) => showProgress ? new TerminalProgress(Error, label) : null;

    /// <summary>Writes a value as JSON on stdout.</summary>
    public void WriteJson<T>(T value) => Out.WriteLine(CliJson.Serialize(value));

    /// <summary>Marks the run as failed (the created workspace, if any, is removed on disposal).</summary>
    public void MarkFailed() => failed = true;

    /// <summary>Writes the one-line error, marks the run failed and returns <paramref name="exitCode"/>.</summary>
    public int Fail(int exitCode, string message)
    {
        failed = true;
        Error.WriteLine("error: " + Workbench.Ml.MessageText.Escape(CliErrors.OneLine(message)));
        return exitCode;
    }

    /// <summary>Closes the workspace; removes it (and the folder made for it) if this run created it and failed.
    /// After a successful command, runs left Running by a process that is gone are marked Interrupted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (provider is null) return;
        if (!failed && provider.GetRequiredService<SqliteWorkspace>().IsOpened)
        {
            try { await provider.GetRequiredService<Workspace.Tracking.ITrackingStore>().MarkInterruptedAsync(); }
            catch (Exception e) when (e is SqliteException or WorkspaceBusyException) { /* the next command tries again */ }
        }
        await provider.DisposeAsync();
        provider = null;
        SqliteConnection.ClearAllPools();
        if (!failed || createdWorkspace is null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(createdWorkspace + suffix);
        if (createdFolder is not null && Directory.Exists(createdFolder)
                && !Directory.EnumerateFileSystemEntries(createdFolder, "*", SearchOption.AllDirectories).Any(File.Exists))
            Directory.Delete(createdFolder, recursive: true);
    }

    /// <summary>The outermost folder on the way to <paramref name="path"/> that does not exist yet, or null.</summary>
    private static string? OutermostMissingFolder(string path)
    {
        string? missing = null;
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder) && !Directory.Exists(folder);
             folder = Path.GetDirectoryName(folder))
            missing = folder;
        return missing;
    }
}
