using System.Globalization;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>One line of a run comparison: a field and its value in each run.</summary>
/// <param name="Section">"Run", "Parameters" or "Metrics".</param>
/// <param name="Values">One value per run, in the order of the runs (null = not logged).</param>
public sealed record ComparisonLine(string Section, string Name, IReadOnlyList<string?> Values)
{
    /// <summary>Whether the runs disagree on this field (a missing value differs from any value).</summary>
    public bool Differs => Values.Distinct(StringComparer.Ordinal).Count() > 1;
}

/// <summary>Runs side by side: header fields, parameters and summary metrics, with "show only what differs".</summary>
public static class RunComparison
{
    /// <summary>The splits of summary metrics, in the order shown.</summary>
    public static readonly IReadOnlyList<string> MetricSplits = ["test", "validation", "cv", "cv_std", "train"];

    /// <summary>Every line for the runs; with <paramref name="onlyDifferences"/>, only the lines where they disagree.</summary>
    public static IReadOnlyList<ComparisonLine> Lines(IReadOnlyList<RunDetail> runs, bool onlyDifferences)
    {
        var lines = HeaderLines(runs).Concat(ParameterLines(runs)).Concat(MetricLines(runs));
        return (onlyDifferences ? lines.Where(l => l.Differs) : lines).ToList();
    }

    private static IEnumerable<ComparisonLine> HeaderLines(IReadOnlyList<RunDetail> runs)
    {
        ComparisonLine Line(string name, Func<RunInfo, string?> value) => new("Run", name, runs.Select(r => value(r.Run)).ToList());
        yield return Line("experiment", r => r.Experiment);
        yield return Line("status", r => r.Status.ToString());
        yield return Line("dataset", r => r.Dataset);
        yield return Line("fingerprint", r => r.DatasetFingerprint);
        yield return Line("task", r => r.Task);
        yield return Line("trainer", r => r.Trainer);
        yield return Line("seed", r => r.Seed?.ToString(CultureInfo.InvariantCulture));
        yield return Line("duration", r => RunFormat.Duration(r.Duration));
        yield return Line("app version", r => r.AppVersion);
    }

    private static IEnumerable<ComparisonLine> ParameterLines(IReadOnlyList<RunDetail> runs) =>
        runs.SelectMany(r => r.Parameters.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(key => new ComparisonLine("Parameters", key,
                runs.Select(r => r.Parameters.TryGetValue(key, out var v) ? v : null).ToList()));

    private static IEnumerable<ComparisonLine> MetricLines(IReadOnlyList<RunDetail> runs)
    {
        var keys = runs.SelectMany(r => r.Metrics).Where(m => m.Fold is null && MetricSplits.Contains(m.Split))
            .Select(m => (m.Split, m.Key)).Distinct()
            .OrderBy(k => MetricSplits.ToList().IndexOf(k.Split)).ThenBy(k => k.Key, StringComparer.Ordinal);
        foreach (var (split, key) in keys)
            yield return new ComparisonLine("Metrics", $"{split} {key}", runs.Select(r =>
                r.Metrics.LastOrDefault(m => m.Fold is null && m.Split == split && m.Key == key) is { } m ? RunFormat.Metric(m.Value) : null).ToList());
    }
}
