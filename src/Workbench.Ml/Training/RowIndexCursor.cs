using Microsoft.ML;
using Microsoft.ML.Data;

namespace Workbench.Ml.Training;

/// <summary>A cursor over the rows 0 to rows − 1 of an in-memory view: position, active columns and row ids; the view
/// supplies the getters.</summary>
internal abstract class RowIndexCursor(DataViewSchema schema, int rows, IEnumerable<DataViewSchema.Column> needed) : DataViewRowCursor
{
    private readonly HashSet<int> _active = needed.Select(c => c.Index).ToHashSet();

    /// <summary>The current row (−1 before the first).</summary>
    protected int Row { get; private set; } = -1;

    public override long Position => Row;

    public override long Batch => 0;

    public override DataViewSchema Schema => schema;

    public override bool IsColumnActive(DataViewSchema.Column column) => _active.Contains(column.Index);

    public override bool MoveNext()
    {
        if (Row + 1 < rows) { Row++; return true; }
        Row = rows;
        return false;
    }

    public override ValueGetter<DataViewRowId> GetIdGetter() =>
        (ref DataViewRowId value) => value = new DataViewRowId((ulong)Row, 0);

    /// <summary>The getter as <typeparamref name="TValue"/>, or a message naming the column's real type.</summary>
    protected static ValueGetter<TValue> As<TValue>(Delegate getter, DataViewSchema.Column column) =>
        getter as ValueGetter<TValue> ?? throw new InvalidOperationException($"Column '{column.Name}' is {column.Type}, not {typeof(TValue).Name}.");
}
