using Microsoft.AspNetCore.Components;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Sql;

namespace Workbench.Web.Labs.Lab02;

/// <summary>The read-only SQL console of lab 02: refusals (writes, ATTACH, PRAGMA, extensions, time limit) are shown
/// as messages beside the query; other failures go through the ActionRunner.</summary>
public partial class SqlConsolePanel
{
    [Inject] private ISqlConsole Console { get; set; } = default!;
    [Inject] private IDatasetStore Datasets { get; set; } = default!;
    [Inject] private ActionRunner Actions { get; set; } = default!;

    private IReadOnlyList<SqlExample> examples = [];
    private string? sql;
    private bool running;
    private SqlResult? result;
    private IReadOnlyList<IReadOnlyList<string?>> csvRows = [];
    private IReadOnlyList<ResultRow> rows = [];

    /// <summary>One row of the result grid, with its number in the result.</summary>
    public sealed record ResultRow(int Index, IReadOnlyList<string?> Cells);

    private Dictionary<(int Row, int Column), long> cutLengths = [];
    private string? refusal;

    /// <summary>The console's limits.</summary>
    [Parameter] public SqlConsoleOptions Options { get; set; } = SqlConsoleOptions.Default;

    /// <summary>The dataset the examples query, when it exists.</summary>
    [Parameter] public string? ExampleDataset { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var all = await Actions.RunAsync("list the datasets", () => Datasets.ListAsync()) ?? [];
        examples = SqlExample.For(all.FirstOrDefault(d => d.Name == ExampleDataset) ?? all.FirstOrDefault());
        sql = examples.FirstOrDefault(e => !e.Refused)?.Sql;
    }

    private string CutMessage => result is null ? "" :
        $"{result.CutValues.Count:N0} long {(result.CutValues.Count == 1 ? "value is" : "values are")} cut to {Options.MaxValueChars:N0} " +
        "characters; each shows its full length. Use substr(column, start, length) to read another part.";

    private string BudgetMessage => result is null ? "" :
        $"The result reached the console's limit of {Options.MaxBytes / 1_000_000.0:0.#} MB of text after {result.Rows.Count:N0} rows, " +
        "so the query was stopped there: select fewer or shorter columns (substr(), length()) or fewer rows.";

    private async Task RunAsync()
    {
        if (string.IsNullOrWhiteSpace(sql)) return;
        (running, refusal) = (true, null);
        try
        {
            result = await Console.ExecuteAsync(sql, Options);
            csvRows = result.Rows;
            rows = result.Rows.Select((r, i) => new ResultRow(i, r)).ToList();
            cutLengths = result.CutValues.ToDictionary(c => (c.Row, c.Column), c => c.Length);
        }
        catch (WorkspaceException refused)
        {
            (result, refusal) = (null, refused.Message);
        }
        catch (Exception ex)
        {
            result = null;
            Actions.Report("run an SQL query", ex);
        }
        finally
        {
            running = false;
        }
    }
}
