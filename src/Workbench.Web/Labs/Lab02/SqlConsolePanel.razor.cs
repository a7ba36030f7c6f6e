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

    /// <summary>One row of the result grid.</summary>
    public sealed record ResultRow(IReadOnlyList<string?> Cells);
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

    private async Task RunAsync()
    {
        if (string.IsNullOrWhiteSpace(sql)) return;
        (running, refusal) = (true, null);
        try
        {
            result = await Console.ExecuteAsync(sql, Options);
            csvRows = result.Rows;
            rows = result.Rows.Select(r => new ResultRow(r)).ToList();
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
