using System.Diagnostics;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Cli.Bench;

/// <summary>How long one page request of the dataset browser took, and how many rows matched it.</summary>
public sealed record PageTiming(string Request, double Milliseconds, long MatchingRows);

/// <summary>Times the dataset browser's page requests (first and deep pages, sorts, filters) on a stored dataset.</summary>
public static class PageBenchmark
{
    /// <summary>Runs each request once, in order, so the first sort on a column includes building its index.</summary>
    public static async Task<IReadOnlyList<PageTiming>> RunAsync(IDatasetStore store, string name, CancellationToken ct)
    {
        var info = await store.GetAsync(name, ct) ?? throw new InvalidOperationException($"No dataset '{name}'.");
        var numeric = info.Columns.First(c => c.Type == ColumnType.Integer).Name;
        var text = info.Columns.Last(c => c.Type is ColumnType.Text or ColumnType.Categorical).Name;
        (string Label, PageRequest Request)[] requests =
        [
            ("first page", new PageRequest(0, 50)),
            ("page at offset 900,000", new PageRequest(900_000, 50)),
            ($"sort by {numeric}, first use (builds an index)", new PageRequest(0, 50, numeric)),
            ($"sort by {numeric} descending", new PageRequest(0, 50, numeric, true)),
            ($"sort by {numeric}, offset 500,000", new PageRequest(500_000, 50, numeric)),
            ($"filter {numeric} > 100, sorted", new PageRequest(0, 50, numeric, false, [new ColumnFilter(numeric, FilterOperator.GreaterThan, "100")])),
            ($"filter {text} contains '12'", new PageRequest(0, 50, null, false, [new ColumnFilter(text, FilterOperator.Contains, "12")])),
            ($"sort by {text}, first use (builds an index)", new PageRequest(0, 50, text)),
        ];
        var timings = new List<PageTiming>(requests.Length);
        foreach (var (label, request) in requests)
        {
            var clock = Stopwatch.StartNew();
            var page = await store.QueryPageAsync(name, request, ct);
            timings.Add(new PageTiming(label, Math.Round(clock.Elapsed.TotalMilliseconds, 1), page.TotalRows));
        }
        return timings;
    }
}
