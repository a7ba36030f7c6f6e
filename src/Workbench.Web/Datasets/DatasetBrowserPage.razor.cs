using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>The <c>/datasets/{name}</c> page: a paged, sortable, filterable grid served by
/// <see cref="IDatasetStore.QueryPageAsync"/>, so only one page of rows ever leaves SQLite.</summary>
public partial class DatasetBrowserPage
{
    private static readonly int[] PageSizes = [10, 25, 50, 100, 250];

    private MudDataGrid<GridRow>? grid;
    private DatasetInfo? info;
    private bool notFound;
    private IReadOnlyList<ColumnFilter> filters = [];
    private long matching = -1;
    private long queryMilliseconds;
    private bool withoutIndex;
    private string? queryError;
    private List<BreadcrumbItem> crumbs = [];
    private Func<GridRow, object>[] sorters = [];

    [Inject] private IDatasetStore Store { get; set; } = null!;

    /// <summary>The dataset's name, from the route.</summary>
    [Parameter] public string Name { get; set; } = "";

    private string CountText => matching < 0 || info is null ? ""
        : filters.Count == 0
            ? $"{matching:N0} rows · page served in {queryMilliseconds} ms"
            : $"{matching:N0} of {info.Rows:N0} rows match · page served in {queryMilliseconds} ms";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        info = await Store.GetAsync(Name);
        notFound = info is null;
        sorters = Enumerable.Range(0, info?.Columns.Count ?? 0)
            .Select(i => (Func<GridRow, object>)(r => r.Values[i] ?? "")).ToArray();
        crumbs = [new("Datasets", "datasets"), new(info?.Name ?? Name, null, disabled: true)];
    }

    private static string AlignFor(ColumnType type) => type is ColumnType.Integer or ColumnType.Real ? "text-align:right" : "";

    private async Task<GridData<GridRow>> LoadPageAsync(GridState<GridRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var request = new PageRequest(state.Page * state.PageSize, state.PageSize, SortColumnOf(sort), sort?.Descending ?? false, filters);
        var watch = Stopwatch.StartNew();
        try
        {
            var page = await Store.QueryPageAsync(Name, request, cancellationToken);
            queryMilliseconds = watch.ElapsedMilliseconds;
            withoutIndex = page.WithoutIndex;
            matching = page.TotalRows;
            queryError = null;
            var cuts = page.CutValues.GroupBy(c => c.Row).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, long>)g.ToDictionary(c => c.Column, c => c.Length));
            var rows = page.Rows.Select((r, i) => new GridRow(request.Offset + i + 1, r,
                i < page.RowIds.Count ? page.RowIds[i] : 0, cuts.GetValueOrDefault(i))).ToList();
            return new GridData<GridRow> { Items = rows, TotalItems = (int)Math.Min(page.TotalRows, int.MaxValue) };
        }
        catch (WorkspaceException ex)
        {
            queryError = ex.Message;
            return new GridData<GridRow> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>The dataset column a grid sort refers to: found by the column's sort function (each column has its own),
    /// or by the column identifier the grid reports.</summary>
    private string? SortColumnOf(SortDefinition<GridRow>? sort)
    {
        if (sort is null || info is null) return null;
        var index = Array.IndexOf(sorters, sort.SortFunc);
        if (index >= 0) return info.Columns[index].Name;
        return info.Columns.FirstOrDefault(c => c.Name == sort.SortBy)?.Name;
    }

    private async Task ApplyFiltersAsync(IReadOnlyList<ColumnFilter> next)
    {
        filters = next;
        if (grid is not null) await grid.ReloadServerData();
    }
}
