namespace Workbench.Web.Datasets;

/// <summary>One row of the dataset browser: its 1-based position in the filtered, sorted result, its row id, its
/// values (long text cut), and the full length of each cut value by column.</summary>
public sealed record GridRow(long Number, string?[] Values, long RowId = 0, IReadOnlyDictionary<int, long>? CutLengths = null)
{
    /// <summary>The full length of the value in <paramref name="column"/> when the page cut it, else null.</summary>
    public long? CutLength(int column) => CutLengths is not null && CutLengths.TryGetValue(column, out var n) ? n : null;
}
