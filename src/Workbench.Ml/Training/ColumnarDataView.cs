using Microsoft.ML;
using Microsoft.ML.Data;

namespace Workbench.Ml.Training;

/// <summary>One column of a <see cref="ColumnarDataView"/>: float, text or boolean values, one per row.</summary>
internal sealed record ViewColumn(string Name, float[]? Floats = null, string?[]? Texts = null, bool[]? Booleans = null)
{
    /// <summary>The ML.NET type of the column.</summary>
    public DataViewType Type => Floats is not null ? NumberDataViewType.Single
        : Texts is not null ? TextDataViewType.Instance : BooleanDataViewType.Instance;

    /// <summary>A getter reading the value at the cursor's position.</summary>
    public Delegate Getter(Func<long> position)
    {
        if (Floats is { } f) return (ValueGetter<float>)((ref float v) => v = f[position()]);
        if (Texts is { } t) return (ValueGetter<ReadOnlyMemory<char>>)((ref ReadOnlyMemory<char> v) => v = (t[position()] ?? "").AsMemory());
        var b = Booleans!;
        return (ValueGetter<bool>)((ref bool v) => v = b[position()]);
    }
}

/// <summary>An ML.NET <see cref="IDataView"/> over in-memory columns, so tables with any columns can be trained on
/// without a typed row class. Missing text is the empty string (ML.NET's one-hot encoding gives it all zeros).</summary>
internal sealed class ColumnarDataView : IDataView
{
    private readonly IReadOnlyList<ViewColumn> _columns;
    private readonly int _rows;

    public ColumnarDataView(IReadOnlyList<ViewColumn> columns, int rows)
    {
        _columns = columns;
        _rows = rows;
        var builder = new DataViewSchema.Builder();
        foreach (var c in columns) builder.AddColumn(c.Name, c.Type);
        Schema = builder.ToSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rows;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(ColumnarDataView view, IEnumerable<DataViewSchema.Column> needed)
        : RowIndexCursor(view.Schema, view._rows, needed)
    {
        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
            As<TValue>(view._columns[column.Index].Getter(() => Row), column);
    }
}
