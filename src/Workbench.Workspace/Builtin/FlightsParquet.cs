using Parquet;
using Parquet.Schema;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Builtin;

/// <summary>Reads vega's flights-3m.parquet into a table, dropping the 6 stray rows dated 2001-07-01 so the data
/// covers exactly January to June 2001.</summary>
public static class FlightsParquet
{
    /// <summary>Rows kept: 3,000,000 in the file minus the 6 dated 2001-07-01.</summary>
    public const long Rows = 2_999_994;

    /// <summary>The first day that is dropped.</summary>
    public static readonly DateTime End = new(2001, 7, 1);

    /// <summary>Reads the file; <paramref name="progress"/> receives the fraction of row groups read.</summary>
    public static async Task<TabularData> ReadAsync(string path, string name, IProgress<double>? progress, CancellationToken ct)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: ct);
        var fields = reader.Schema.GetDataFields();
        var capacity = (int)(reader.Metadata?.NumRows ?? 0);
        var columns = fields.Select(f => new ColumnBuffer(f, capacity)).ToList();
        var endDays = DateValues.ToDays(End);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            foreach (var column in columns) await column.ReadAsync(group, n, ct);
            var dates = columns.Single(c => c.Field.Name == "date").Last!;
            var keep = Enumerable.Range(0, n).Where(i => !(dates[i] >= endDays)).ToArray();
            foreach (var column in columns) column.Keep(keep);
            progress?.Report((g + 1.0) / reader.RowGroupCount);
        }
        return new TabularData(name, columns.Select(c => c.ToColumn()).ToList());
    }

    /// <summary>One column's values across row groups: numbers (dates as days) or interned strings.</summary>
    private sealed class ColumnBuffer(DataField field, int capacity)
    {
        private readonly List<double> numbers = new(IsTextType(field.ClrType) ? 0 : capacity);
        private readonly List<string?> strings = new(IsTextType(field.ClrType) ? capacity : 0);
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
        private string?[]? lastStrings;

        public DataField Field { get; } = field;
        public double[]? Last { get; private set; }
        private bool IsText => IsTextType(Field.ClrType);

        private static bool IsTextType(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

        public async Task ReadAsync(ParquetRowGroupReader group, int n, CancellationToken ct)
        {
            if (IsText)
            {
                lastStrings = new string?[n];
                await group.ReadAsync(Field, lastStrings.AsMemory()!, null, ct);
                return;
            }
            Last = Field.ClrType == typeof(DateTime) ? await ReadDatesAsync(group, n, ct)
                : Field.ClrType == typeof(int) ? ToDoubles(await ReadAsync<int>(group, n, ct))
                : Field.ClrType == typeof(long) ? ToDoubles(await ReadAsync<long>(group, n, ct))
                : Field.ClrType == typeof(short) ? ToDoubles(await ReadAsync<short>(group, n, ct))
                : Field.ClrType == typeof(double) ? ToDoubles(await ReadAsync<double>(group, n, ct))
                : throw new InvalidDataException($"Column '{Field.Name}' has unexpected type {Field.ClrType.Name}.");
        }

        public void Keep(int[] rows)
        {
            foreach (var i in rows)
            {
                if (lastStrings is not null) strings.Add(Intern(lastStrings[i]));
                else numbers.Add(Last![i]);
            }
        }

        public DataColumn ToColumn() => IsText
            ? DataColumn.Text(Field.Name, ColumnType.Categorical, strings.ToArray())
            : DataColumn.Numeric(Field.Name, Field.ClrType == typeof(DateTime) ? ColumnType.Date
                : Field.ClrType == typeof(double) ? ColumnType.Real : ColumnType.Integer, numbers.ToArray());

        private string? Intern(string? value) =>
            value is null ? null : pool.TryGetValue(value, out var same) ? same : pool[value] = value;

        private async Task<T?[]> ReadAsync<T>(ParquetRowGroupReader group, int n, CancellationToken ct) where T : struct
        {
            var values = new T?[n];
            await group.ReadAsync(Field, values.AsMemory(), null, ct);
            return values;
        }

        private async Task<double[]> ReadDatesAsync(ParquetRowGroupReader group, int n, CancellationToken ct) =>
            (await ReadAsync<DateTime>(group, n, ct)).Select(d => d is { } v ? DateValues.ToDays(v) : double.NaN).ToArray();

        private static double[] ToDoubles<T>(T?[] values) where T : struct, IConvertible =>
            values.Select(v => v is { } x ? x.ToDouble(null) : double.NaN).ToArray();
    }
}
