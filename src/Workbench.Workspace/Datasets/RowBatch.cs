using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>A block of converted rows in typed arrays (no boxing), handed from the reading thread to the writing one.</summary>
internal sealed class RowBatch
{
    /// <summary>Most rows per batch.</summary>
    public const int MaxRows = 2048;

    /// <summary>Most cells per batch, so a file with thousands of columns still uses about 2 MB per batch.</summary>
    public const int MaxCells = 1 << 16;

    public RowBatch(int columns)
    {
        Columns = columns;
        Capacity = Math.Clamp(MaxCells / Math.Max(1, columns), 1, MaxRows);
        Kinds = new StoredKind[Capacity * columns];
        Integers = new long[Capacity * columns];
        Reals = new double[Capacity * columns];
        Texts = new string?[Capacity * columns];
    }

    public int Columns { get; }

    /// <summary>Rows this batch holds when full.</summary>
    public int Capacity { get; }

    /// <summary>Rows filled so far.</summary>
    public int Count { get; set; }

    /// <summary>The kind of each cell, at <c>row * Columns + column</c>.</summary>
    public StoredKind[] Kinds { get; }

    public long[] Integers { get; }

    public double[] Reals { get; }

    public string?[] Texts { get; }

    /// <summary>Converts one row of raw text to the column types into the next slot.</summary>
    /// <exception cref="DataImportException">A value does not fit its column's type.</exception>
    public void Add(string?[] values, ColumnSchema[] schema, long line)
    {
        var offset = Count * Columns;
        for (var c = 0; c < schema.Length; c++)
        {
            var cell = offset + c;
            var raw = values[c];
            var ok = schema[c].Type switch
            {
                ColumnType.Integer => ConvertInteger(raw, cell),
                ColumnType.Real or ColumnType.Boolean => ConvertNumber(raw, schema[c].Type, cell),
                _ => ConvertText(raw, schema[c].Type, cell),
            };
            if (!ok)
                throw new DataImportException($"Line {line}, column '{schema[c].Name}': '{raw}' is not a valid " +
                    $"{ColumnStorage.Describe(schema[c].Type)}. Choose Text or Categorical for this column, or fix the value.", line);
        }
        Count++;
    }

    private bool ConvertInteger(string? raw, int cell)
    {
        // Exact as a double below 2^53; larger integers go through the boxing path to keep every digit.
        if (!ValueConverter.TryToNumber(raw, ColumnType.Integer, out var number)) return false;
        if (double.IsNaN(number)) { Kinds[cell] = StoredKind.Null; return true; }
        if (Math.Abs(number) < 9007199254740992d) { Kinds[cell] = StoredKind.Integer; Integers[cell] = (long)number; return true; }
        ValueConverter.TryConvert(raw, ColumnType.Integer, out var exact);
        Kinds[cell] = StoredKind.Integer;
        Integers[cell] = (long)exact!;
        return true;
    }

    private bool ConvertNumber(string? raw, ColumnType type, int cell)
    {
        if (!ValueConverter.TryToNumber(raw, type, out var number)) return false;
        if (double.IsNaN(number)) Kinds[cell] = StoredKind.Null;
        else if (type == ColumnType.Boolean) { Kinds[cell] = StoredKind.Integer; Integers[cell] = number != 0 ? 1 : 0; }
        else { Kinds[cell] = StoredKind.Real; Reals[cell] = number; }
        return true;
    }

    private bool ConvertText(string? raw, ColumnType type, int cell)
    {
        if (!ValueConverter.TryConvert(raw, type, out var stored)) return false;
        Texts[cell] = stored as string;
        Kinds[cell] = stored is null ? StoredKind.Null : StoredKind.Text;
        return true;
    }
}

/// <summary>How a converted cell is stored.</summary>
internal enum StoredKind : byte
{
    Null,
    Integer,
    Real,
    Text,
}
