using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Profiling;
using Workbench.Workspace.Sql;

namespace Workbench.Workspace.Tests;

/// <summary>A migrated workspace in a temporary folder, removed on dispose.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(bool migrate = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "wb-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Workspace = new SqliteWorkspace(Path.Combine(Folder, "workspace.db"));
        if (migrate) Workspace.Migrate();
        Datasets = new DatasetStore(Workspace, NullLogger<DatasetStore>.Instance);
    }

    public string Folder { get; }

    public SqliteWorkspace Workspace { get; }

    public DatasetStore Datasets { get; }

    public SqlConsole Console() => new(Workspace, NullLogger<SqlConsole>.Instance);

    public ProfileService Profiles() => Profiles(new JobRunner(NullLogger<JobRunner>.Instance));

    public ProfileService Profiles(IJobRunner jobs) => new(Workspace, Datasets, jobs, NullLogger<ProfileService>.Instance);

    /// <summary>Writes a UTF-8 file in the workspace folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Names of every table in the file (user datasets and wb_ tables).</summary>
    public List<string> Tables()
    {
        using var connection = Workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    public long Scalar(string sql)
    {
        using var connection = Workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static TabularData Table(string name, params DataColumn[] columns) => new(name, columns);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}

/// <summary>An IProgress that reports on the reporting thread (Progress&lt;T&gt; posts to the thread pool), one report at a time.</summary>
internal sealed class SyncProgress(Action<double> report) : IProgress<double>
{
    private readonly Lock _gate = new();

    public void Report(double value)
    {
        lock (_gate) report(value);
    }
}
