using Parquet;
using Parquet.Schema;

namespace Workbench.Ml.Data;

/// <summary>A Parquet file read with Parquet.Net, one row group at a time, column by column. The file's own types are
/// exposed as <see cref="DeclaredTypes"/>; values are handed out as invariant text like the text formats.</summary>
/// <remarks>Reading is synchronous over Parquet.Net's asynchronous API: callers run imports on a background thread.</remarks>
internal sealed class ParquetRowSource : IRowSource
{
    private const string CorruptFix = "The file may be truncated or damaged: export it again from its source.";
    private readonly string path;
    private readonly DataField[] fields;
    private readonly long rowCount;

    private ParquetRowSource(string path, DataField[] fields, IReadOnlyList<string> names, long rowCount)
    {
        this.path = path;
        this.fields = fields;
        this.rowCount = rowCount;
        ColumnNames = names;
        DeclaredTypes = Array.ConvertAll(fields, ParquetColumns.TypeOf);
    }

    public DataFormat Format => DataFormat.Parquet;
    public IReadOnlyList<string> ColumnNames { get; }
    public IReadOnlyList<ColumnType>? DeclaredTypes { get; }

    /// <summary>Opens the file and checks its schema: flat columns only, valid names, at least one row.</summary>
    public static ParquetRowSource Open(string path)
    {
        ParquetReader? reader = null;
        try
        {
            reader = Run(() => ParquetReader.CreateAsync(path));
            var nested = reader.Schema.Fields.FirstOrDefault(f => f is not DataField || f is DataField { IsArray: true } || f.MaxRepetitionLevel > 0);
            if (nested is not null)
                throw new DataImportException(
                    $"Column '{nested.Name}' of the Parquet file is nested ({nested.SchemaType}); only flat tables can be imported. " +
                    "Flatten or drop that column (for example with pandas) and export the file again.");
            var fields = reader.Schema.DataFields;
            if (fields.Length == 0)
                throw new DataImportException("The Parquet file has no columns. Export a table with at least one column.");
            var names = HeaderRules.Validate(Array.ConvertAll(fields, f => f.Name), null, "in the Parquet schema");
            long rows = 0;
            for (var g = 0; g < reader.RowGroupCount; g++) rows += reader.OpenRowGroupReader(g).RowCount;
            if (rows == 0)
                throw new DataImportException("The Parquet file has columns but no rows. Export a table with at least one row.");
            return new ParquetRowSource(path, fields, names, rows);
        }
        catch (Exception e) when (e is not DataImportException and not OperationCanceledException)
        {
            throw Corrupt(e);
        }
        finally { Close(reader); }
    }

    public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var reader = Guard(() => Run(() => ParquetReader.CreateAsync(path, null, cancellationToken)));
        try
        {
            long done = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var columns = Guard(() => ReadGroup(reader, g, cancellationToken));
                var n = columns.Length == 0 ? 0 : columns[0].Length;
                for (var r = 0; r < n; r++)
                {
                    var row = new string?[columns.Length];
                    for (var c = 0; c < columns.Length; c++) row[c] = columns[c][r];
                    yield return row;
                }
                done += n;
                progress?.Report(Math.Min(1.0, (double)done / rowCount));
            }
        }
        finally { Close(reader); }
    }

    private static void Close(ParquetReader? reader) => reader?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private string?[][] ReadGroup(ParquetReader reader, int group, CancellationToken ct)
    {
        using var rowGroup = reader.OpenRowGroupReader(group);
        var columns = new string?[fields.Length][];
        for (var c = 0; c < fields.Length; c++)
        {
            ct.ThrowIfCancellationRequested();
            columns[c] = Run(() => ParquetColumns.ReadAsync(rowGroup, fields[c], ct));
        }
        return columns;
    }

    private static T Guard<T>(Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is not DataImportException and not OperationCanceledException) { throw Corrupt(e); }
    }

    private static DataImportException Corrupt(Exception e) =>
        new($"The file is not a readable Parquet file ({e.Message.TrimEnd('.')}). {CorruptFix}");

    private static T Run<T>(Func<Task<T>> action) => Task.Run(action).GetAwaiter().GetResult();
}
