using Workbench.Ml.Data;

namespace Workbench.Ml.Monitoring;

/// <summary>Copies chosen rows of a table.</summary>
internal static class RowSubset
{
    public static TabularData Take(TabularData table, IReadOnlyList<int> rows) => new(table.Name, table.Columns.Select(c =>
        c.Numbers is { } n ? DataColumn.Numeric(c.Name, c.Type, rows.Select(r => n[r]).ToArray())
            : DataColumn.Text(c.Name, c.Type, rows.Select(r => c.Strings![r]).ToArray())).ToList());
}
