using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>A filter being edited in the browser's filter bar; <see cref="ColumnFilters.TryBuild"/> turns it into a
/// <see cref="ColumnFilter"/>.</summary>
public sealed class FilterDraft
{
    /// <summary>The column filtered.</summary>
    public string Column { get; set; } = "";

    /// <summary>The operator chosen.</summary>
    public FilterOperator Operator { get; set; } = FilterOperator.Equals;

    /// <summary>The value as typed.</summary>
    public string? Value { get; set; }
}
