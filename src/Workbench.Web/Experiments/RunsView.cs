using System.Globalization;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>What the runs table shows: which rows (text and status filters), in which order, with which parameter and
/// metric columns. Pure, so the table's logic is tested without a browser.</summary>
public sealed class RunsView
{
    /// <summary>Prefix of parameter column keys ("param:NumberOfLeaves").</summary>
    public const string ParamPrefix = "param:";
    /// <summary>Prefix of metric column keys ("metric:test.roc_auc").</summary>
    public const string MetricPrefix = "metric:";

    /// <summary>Text matched (case-insensitive) against name, id, trainer, dataset, parameters and tags.</summary>
    public string Text { get; set; } = "";
    /// <summary>Only runs of this status, or all.</summary>
    public RunStatus? Status { get; set; }
    /// <summary>The column to sort by ("started", "name", "trainer", "duration", or a param:/metric: key).</summary>
    public string SortBy { get; set; } = "started";
    /// <summary>Sort descending.</summary>
    public bool Descending { get; set; } = true;
    /// <summary>The parameter and metric columns shown (keys with their prefix).</summary>
    public HashSet<string> Shown { get; } = new(StringComparer.Ordinal);

    /// <summary>Every parameter and metric column the runs have, metrics first.</summary>
    public static IReadOnlyList<string> AvailableColumns(IEnumerable<RunRow> runs)
    {
        var list = runs.ToList();
        return list.SelectMany(r => r.Metrics.Keys).Distinct().Order(StringComparer.Ordinal).Select(k => MetricPrefix + k)
            .Concat(list.SelectMany(r => r.Parameters.Keys).Distinct().Order(StringComparer.Ordinal).Select(k => ParamPrefix + k))
            .ToList();
    }

    /// <summary>Shows a sensible first set of columns: up to 4 metrics.</summary>
    public void ShowDefaults(IEnumerable<RunRow> runs)
    {
        if (Shown.Count > 0) return;
        var metrics = AvailableColumns(runs).Where(k => k.StartsWith(MetricPrefix, StringComparison.Ordinal)).ToList();
        // Test metrics first (what the model scores on held-out rows), then cross-validation means.
        foreach (var key in metrics.OrderBy(k => k.StartsWith(MetricPrefix + "test.", StringComparison.Ordinal) ? 0
                     : k.StartsWith(MetricPrefix + "cv.", StringComparison.Ordinal) ? 1 : 2).Take(4))
            Shown.Add(key);
    }

    /// <summary>The column's header text.</summary>
    public static string Header(string key) => key.StartsWith(ParamPrefix, StringComparison.Ordinal) ? key[ParamPrefix.Length..]
        : key.StartsWith(MetricPrefix, StringComparison.Ordinal) ? key[MetricPrefix.Length..] : key;

    /// <summary>The text of a cell of a parameter or metric column.</summary>
    public static string Cell(RunRow row, string key)
    {
        if (key.StartsWith(ParamPrefix, StringComparison.Ordinal))
            return row.Parameters.TryGetValue(key[ParamPrefix.Length..], out var p) ? p : "";
        return row.Metrics.TryGetValue(key[MetricPrefix.Length..], out var m) ? RunFormat.Metric(m) : "";
    }

    /// <summary>The rows to show, filtered and sorted.</summary>
    public IReadOnlyList<RunRow> Apply(IEnumerable<RunRow> runs)
    {
        var filtered = runs.Where(r => (Status is null || r.Run.Status == Status) && Matches(r));
        var ordered = Descending ? filtered.OrderByDescending(SortKey, KeyComparer.Instance) : filtered.OrderBy(SortKey, KeyComparer.Instance);
        return ordered.ToList();
    }

    /// <summary>Sorts by a column; a second click on the same column flips the order.</summary>
    public void ToggleSort(string key)
    {
        Descending = SortBy == key ? !Descending : key is "started" or "duration" || key.StartsWith(MetricPrefix, StringComparison.Ordinal);
        SortBy = key;
    }

    private bool Matches(RunRow r)
    {
        if (string.IsNullOrWhiteSpace(Text)) return true;
        var t = Text.Trim();
        bool Has(string? s) => s?.Contains(t, StringComparison.OrdinalIgnoreCase) == true;
        return Has(r.Run.Name) || Has(r.Run.Id) || Has(r.Run.Trainer) || Has(r.Run.Dataset) || Has(r.Run.Experiment)
            || r.Tags.Any(kv => Has(kv.Key) || Has(kv.Value)) || r.Parameters.Any(kv => Has($"{kv.Key}={kv.Value}"));
    }

    private object? SortKey(RunRow r) => SortBy switch
    {
        "started" => r.Run.StartedUtc,
        "name" => r.Run.Name,
        "trainer" => r.Run.Trainer,
        "status" => r.Run.Status.ToString(),
        "duration" => r.Run.Duration,
        _ when SortBy.StartsWith(MetricPrefix, StringComparison.Ordinal) =>
            r.Metrics.TryGetValue(SortBy[MetricPrefix.Length..], out var m) ? m : null,
        _ => r.Parameters.TryGetValue(SortBy[ParamPrefix.Length..], out var p)
            ? double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : p : null,
    };

    // Missing values sort as the smallest; numbers before text.
    private sealed class KeyComparer : IComparer<object?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (double a, double b) => a.CompareTo(b),
            (double, _) => -1,
            (_, double) => 1,
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (IComparable a, _) => a.CompareTo(y),
            _ => 0,
        };
    }
}
