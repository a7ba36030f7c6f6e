using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Labs.Lab02;

/// <summary>An example query for the SQL console; <see cref="Refused"/> marks the ones shown to demonstrate a refusal.</summary>
public sealed record SqlExample(string Label, string Sql, bool Refused = false)
{
    /// <summary>Examples built from a dataset's real columns, plus the catalog and two refused statements.</summary>
    public static IReadOnlyList<SqlExample> For(DatasetInfo? dataset)
    {
        var list = new List<SqlExample> { new("Catalog", "SELECT name, rows, source, created FROM wb_datasets ORDER BY name") };
        if (dataset is not null)
        {
            var table = Quote(dataset.Name);
            list.Add(new("First rows", $"SELECT * FROM {table} LIMIT 20"));
            var category = dataset.Columns.FirstOrDefault(c => c.Type is ColumnType.Categorical or ColumnType.Boolean);
            var number = dataset.Columns.FirstOrDefault(c => c.Type is ColumnType.Real or ColumnType.Integer);
            if (category is not null && number is not null)
                list.Add(new("Group and average",
                    $"SELECT {Quote(category.Name)}, COUNT(*) AS n, ROUND(AVG({Quote(number.Name)}), 2) AS mean_{Safe(number.Name)}\n" +
                    $"FROM {table}\nGROUP BY {Quote(category.Name)}\nORDER BY n DESC"));
            var missing = dataset.Columns.FirstOrDefault(c => c.Missing > 0) ?? dataset.Columns.FirstOrDefault();
            if (missing is not null)
                list.Add(new("Missing values", $"SELECT COUNT(*) AS rows, COUNT(*) - COUNT({Quote(missing.Name)}) AS missing_{Safe(missing.Name)}\nFROM {table}"));
            list.Add(new("Try a write (refused)", $"DELETE FROM {table}", Refused: true));
        }
        list.Add(new("Try ATTACH (refused)", "ATTACH DATABASE '/tmp/other.db' AS other", Refused: true));
        return list;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string Safe(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
}
