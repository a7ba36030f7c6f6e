using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Output;

/// <summary>A run's header as printed: status is finished, failed, canceled, interrupted or running.</summary>
public sealed record RunHeaderJson(string Id, string Experiment, string? ParentId, string Name, RunStatus Status,
    DateTime StartedUtc, DateTime? EndedUtc, double? DurationSeconds, string? Dataset, string? DatasetFingerprint,
    string? Task, string? Trainer, int? Seed, string Source, string AppVersion, string? Error)
{
    /// <summary>The printed form of a run header.</summary>
    public static RunHeaderJson From(RunInfo r) => new(r.Id, r.Experiment, r.ParentId, r.Name, r.Status, r.StartedUtc,
        r.EndedUtc, r.Duration?.TotalSeconds, r.Dataset, r.DatasetFingerprint, r.Task, r.Trainer, r.Seed, r.Source, r.AppVersion, r.Error);
}

/// <summary>A run in <c>runs list</c>: its header, parameters, summary metrics and tags.</summary>
public sealed record RunRowJson(RunHeaderJson Run, IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The printed form of a runs-table row.</summary>
    public static RunRowJson From(RunRow row) => new(RunHeaderJson.From(row.Run), row.Parameters, row.Metrics, row.Tags);
}

/// <summary>One cross-validation fold of a run: its metrics on the fold's training rows and on its held-out rows.</summary>
public sealed record FoldJson(int Fold, IReadOnlyDictionary<string, double> Train, IReadOnlyDictionary<string, double> Test);

/// <summary><c>runs show</c>: everything logged for a run, metrics grouped by split ("train", "validation", "test", "cv",
/// "cv_std") and per fold.</summary>
public sealed record RunDetailJson(RunHeaderJson Run, IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Metrics, IReadOnlyList<FoldJson> Folds,
    IReadOnlyDictionary<string, string> Tags, IReadOnlyList<RunArtifact> Artifacts, IReadOnlyList<RunHeaderJson> Children)
{
    /// <summary>The printed form of a run's detail.</summary>
    public static RunDetailJson From(RunDetail d)
    {
        var bySplit = d.Metrics.Where(m => m.Split != "fold").GroupBy(m => m.Split)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)Last(g));
        var folds = d.Metrics.Where(m => m.Split == "fold" && m.Fold is not null).GroupBy(m => m.Fold!.Value).OrderBy(g => g.Key)
            .Select(g => new FoldJson(g.Key, Last(g.Where(m => m.Subset == "train")), Last(g.Where(m => m.Subset != "train")))).ToList();
        return new RunDetailJson(RunHeaderJson.From(d.Run), d.Parameters, bySplit, folds, d.Tags, d.Artifacts,
            d.Children.Select(RunHeaderJson.From).ToList());
    }

    private static Dictionary<string, double> Last(IEnumerable<RunMetric> metrics)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in metrics) result[m.Key] = m.Value;
        return result;
    }
}
