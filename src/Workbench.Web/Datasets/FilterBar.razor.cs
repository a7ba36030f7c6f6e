using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>Edits the browser's filters and raises <see cref="OnApply"/> with valid <see cref="ColumnFilter"/>s.</summary>
public partial class FilterBar
{
    private readonly List<FilterDraft> drafts = [];
    private string? error;

    /// <summary>The dataset's columns.</summary>
    [Parameter] public IReadOnlyList<ColumnInfo> Columns { get; set; } = [];

    /// <summary>Raised with the filters to apply (empty to show every row).</summary>
    [Parameter] public EventCallback<IReadOnlyList<ColumnFilter>> OnApply { get; set; }

    private ColumnType TypeOf(string column) =>
        Columns.FirstOrDefault(c => c.Name == column)?.Type ?? ColumnType.Text;

    private static string Hint(ColumnType type) => type switch
    {
        ColumnType.Date => "Date (yyyy-MM-dd)",
        ColumnType.Boolean => "true or false",
        ColumnType.Integer or ColumnType.Real => "Number",
        _ => "Text",
    };

    private void Add()
    {
        var column = Columns[0];
        drafts.Add(new FilterDraft { Column = column.Name, Operator = ColumnFilters.For(column.Type)[0] });
    }

    private void SetColumn(FilterDraft draft, string column)
    {
        draft.Column = column;
        var allowed = ColumnFilters.For(TypeOf(column));
        if (!allowed.Contains(draft.Operator)) draft.Operator = allowed[0];
    }

    private async Task KeyUpAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await ApplyAsync();
    }

    private async Task RemoveAsync(FilterDraft draft)
    {
        drafts.Remove(draft);
        await ApplyAsync();
    }

    private async Task ClearAsync()
    {
        drafts.Clear();
        await ApplyAsync();
    }

    private async Task ApplyAsync()
    {
        var filters = new List<ColumnFilter>();
        foreach (var draft in drafts)
        {
            var filter = ColumnFilters.TryBuild(draft, TypeOf(draft.Column), out error);
            if (filter is null) return;
            filters.Add(filter);
        }
        error = null;
        await OnApply.InvokeAsync(filters);
    }
}
