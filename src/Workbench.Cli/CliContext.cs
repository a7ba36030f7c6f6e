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
/// fails and created the workspace file removes it again, so a failed call leaves no file behind.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, bool showProgress) : IAsyncDisposable
{
    private ServiceProvider? provider;
    private string? createdWorkspace;
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
    public IServiceProvider OpenWorkspace(string path)
    {
        if (provider is not null) throw new InvalidOperationException("The workspace is already open.");
        WorkspaceFile = path;
        if (!File.Exists(path)) createdWorkspace = path;
        var services = new ServiceCollection();
        // No logging: a command writes nothing to the workspace beyond its result (and nothing at all on error).
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddWorkbenchWorkspace(path);
        services.AddWorkbenchDrift();
        provider = services.BuildServiceProvider();
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
        Error.WriteLine("error: " + CliErrors.OneLine(message));
        return exitCode;
    }

    /// <summary>Closes the workspace; removes it if this run created it and failed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (provider is null) return;
        await provider.DisposeAsync();
        provider = null;
        SqliteConnection.ClearAllPools();
        if (!failed || createdWorkspace is null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(createdWorkspace + suffix);
    }
}
