using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>Where a step sits in its pipeline, for messages that name it ("Step 2 (scale): ...").</summary>
internal sealed record StepContext(int Index, string Kind)
{
    /// <summary>An error about this step.</summary>
    public PipelineException Error(string message, int? position = null) =>
        new($"Step {Index + 1} ({Kind}): {message}", Index, position);

    /// <summary>The column, or an error that lists the columns there are.</summary>
    public DataColumn Require(TabularData table, string name)
    {
        foreach (var c in table.Columns)
            if (c.Name == name) return c;
        var names = string.Join(", ", table.Columns.Select(c => c.Name));
        throw Error($"column '{name}' is not in the table. Its columns here are: {names}. Check the spelling, " +
                    "or whether an earlier step dropped or replaced it.");
    }

    /// <summary>The numeric column, or an error saying that the step needs numbers.</summary>
    public DataColumn RequireNumeric(TabularData table, string name)
    {
        var column = Require(table, name);
        if (column.Numbers is null)
            throw Error($"column '{name}' is {column.Type.ToName()}, but this step needs numbers. " +
                        "Use one-hot or hashing for categories, or choose a numeric column.");
        return column;
    }

    /// <summary>Checks that a step's column list is not empty and has no repeats.</summary>
    public void CheckList(IReadOnlyList<string>? columns)
    {
        if (columns is null || columns.Count == 0) throw Error("the step has no columns. Choose at least one column.");
        var repeated = columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw Error($"column '{repeated.Key}' is listed twice. List each column once.");
    }

    /// <summary>Checks that new column names do not clash with columns that stay in the table.</summary>
    public void CheckNew(TabularData table, IEnumerable<string> created, IEnumerable<string> removed)
    {
        var kept = table.Columns.Select(c => c.Name).Except(removed).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var name in created)
            if (kept.Contains(name) || !seen.Add(name))
                throw Error($"this step would create column '{name}', which already exists. Rename or drop that column first.");
    }
}
