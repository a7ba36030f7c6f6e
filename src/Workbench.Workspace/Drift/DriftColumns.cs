using Workbench.Ml.Data;

namespace Workbench.Workspace.Drift;

/// <summary>Which columns a comparison covers, checked to exist on both sides with types that can be compared.</summary>
internal static class DriftColumns
{
    /// <summary>The asked columns, trimmed, without empty names.</summary>
    public static IReadOnlyList<string> Wanted(DriftRequest request) =>
        request.Columns!.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    /// <summary>The columns to compare: the asked ones, or every reference column except the window date columns.</summary>
    public static IReadOnlyList<string> Resolve(DriftRequest request, TabularData reference, TabularData current)
    {
        var windowColumns = new[] { request.Reference.Window?.Column, request.Current.Window?.Column };
        var names = request.Columns is null
            ? reference.Columns.Select(c => c.Name).Where(n => !windowColumns.Contains(n)).ToList()
            : Wanted(request);
        if (names.Count == 0)
            throw new WorkspaceException(request.Columns is null
                ? "There is no column to compare besides the date column that cuts the windows."
                : "No column was given to compare; name at least one column both sides have.");
        foreach (var name in names)
        {
            var r = Find(reference, name) ?? throw Missing(name, "reference", request.Reference, Names(reference));
            var c = Find(current, name) ?? throw Missing(name, "current", request.Current, Names(current));
            if (Family(r.Type) != Family(c.Type))
                throw new WorkspaceException(
                    $"Column '{name}' is {r.Type.ToName()} in the reference ({request.Reference.Describe()}) but {c.Type.ToName()} in the " +
                    $"current data ({request.Current.Describe()}); give it the same type on both sides (import it again with a type " +
                    "override) or leave it out of the compared columns.");
        }
        return names;
    }

    /// <summary>The refusal for a column one side does not have.</summary>
    public static WorkspaceException Missing(string column, string role, DriftSide side, IReadOnlyList<string> available) =>
        new($"Column '{column}' is not in the {role} data ({side.Describe()}); compare only columns both sides have " +
            $"(the {role} columns are: {string.Join(", ", available.Take(30))}{(available.Count > 30 ? ", ..." : "")}).");

    /// <summary>A table with only the given columns, in that order.</summary>
    public static TabularData Select(TabularData data, IReadOnlyList<string> columns) =>
        new(data.Name, columns.Select(n => Find(data, n)!).ToList());

    // Integer and real columns compare as numbers, categorical and text as categories; other pairs are different things.
    private static int Family(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Real => 0,
        ColumnType.Boolean => 1,
        ColumnType.Date => 2,
        _ => 3,
    };

    private static DataColumn? Find(TabularData data, string name) => data.Columns.FirstOrDefault(c => c.Name == name);

    private static List<string> Names(TabularData data) => data.Columns.Select(c => c.Name).ToList();
}
