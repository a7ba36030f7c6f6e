using Parquet;
using Parquet.Schema;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Storage;

/// <summary>Parquet: one row group written and read column by column with Parquet.Net, with native types
/// (Integer long, Real double, Boolean bool, Date timestamp, text string), all nullable.</summary>
internal sealed class ParquetFormatFile : IFormatFile
{
    public string Name => "Parquet";

    public string Extension => ".parquet";

    public async Task WriteAsync(TabularData data, string path, CancellationToken ct)
    {
        var fields = data.Columns.Select(Field).ToArray();
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), file, null, false, ct);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var column = data.Columns[i];
            var n = column.Length;
            switch (column.Type)
            {
                case ColumnType.Integer:
                    await group.WriteAsync<long>(fields[i], Convert(column, n, v => (long)v), null, null, ct); break;
                case ColumnType.Real:
                    await group.WriteAsync<double>(fields[i], Convert(column, n, v => v), null, null, ct); break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[i], Convert(column, n, v => v != 0), null, null, ct); break;
                case ColumnType.Date:
                    await group.WriteAsync<DateTime>(fields[i], Convert(column, n, DateValues.FromDays), null, null, ct); break;
                default:
                    await group.WriteAsync(fields[i], column.Strings!, null); break;
            }
        }
    }

    public async Task<long> ReadAsync(TabularData data, string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, null, false, ct);
        var fields = reader.Schema.GetDataFields();
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            foreach (var field in fields)
            {
                ct.ThrowIfCancellationRequested();
                var type = field.ClrType;
                if (type == typeof(long)) await group.ReadAsync<long>(field, new long?[n], null, ct);
                else if (type == typeof(double)) await group.ReadAsync<double>(field, new double?[n], null, ct);
                else if (type == typeof(bool)) await group.ReadAsync<bool>(field, new bool?[n], null, ct);
                else if (type == typeof(DateTime)) await group.ReadAsync<DateTime>(field, new DateTime?[n], null, ct);
                else await group.ReadAsync(field, new string[n], null, ct);
            }
            rows += n;
        }
        return rows;
    }

    private static DataField Field(DataColumn column) => column.Type switch
    {
        ColumnType.Integer => new DataField(column.Name, typeof(long), true, false, null),
        ColumnType.Real => new DataField(column.Name, typeof(double), true, false, null),
        ColumnType.Boolean => new DataField(column.Name, typeof(bool), true, false, null),
        ColumnType.Date => new DataField(column.Name, typeof(DateTime), true, false, null),
        _ => new DataField(column.Name, typeof(string), true, false, null),
    };

    private static T?[] Convert<T>(DataColumn column, int n, Func<double, T> convert) where T : struct
    {
        var values = new T?[n];
        var numbers = column.Numbers!;
        for (var r = 0; r < n; r++) values[r] = double.IsNaN(numbers[r]) ? null : convert(numbers[r]);
        return values;
    }
}
