using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>Builds a step's output table: columns replaced in place (by zero, one or more columns), others appended.</summary>
internal static class TableEdit
{
    /// <summary>A new table in which each column named in <paramref name="replacements"/> is replaced by its list
    /// (in place), and <paramref name="appended"/> columns follow at the end.</summary>
    public static TabularData Apply(TabularData table, IReadOnlyDictionary<string, IReadOnlyList<DataColumn>> replacements,
        IEnumerable<DataColumn>? appended = null)
    {
        var columns = new List<DataColumn>(table.Columns.Count);
        foreach (var c in table.Columns)
        {
            if (replacements.TryGetValue(c.Name, out var replaced)) columns.AddRange(replaced);
            else columns.Add(c);
        }
        if (appended is not null) columns.AddRange(appended);
        return table with { Columns = columns };
    }

    /// <summary>A new table in which each named column has its numbers mapped by <paramref name="map"/>.</summary>
    public static TabularData MapNumbers(TabularData table, IReadOnlyList<string> names, Func<int, double, double> map,
        StepContext context, ColumnType type = ColumnType.Real)
    {
        var replacements = new Dictionary<string, IReadOnlyList<DataColumn>>();
        for (var i = 0; i < names.Count; i++)
        {
            var source = context.RequireNumeric(table, names[i]).Numbers!;
            var values = new double[source.Length];
            for (var r = 0; r < values.Length; r++) values[r] = map(i, source[r]);
            replacements[names[i]] = [DataColumn.Numeric(names[i], type, values)];
        }
        return Apply(table, replacements);
    }
}
