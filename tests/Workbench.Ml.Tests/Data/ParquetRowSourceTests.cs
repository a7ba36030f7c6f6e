using Parquet;
using Parquet.Schema;
using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class ParquetRowSourceTests
{
    private static async Task<TempFile> WriteSampleAsync(int groups = 2)
    {
        var file = TempFile.Create(".parquet");
        var schema = new ParquetSchema(
            new DataField<int?>("id"), new DataField<double?>("score"), new DataField<string>("city"),
            new DataField<bool?>("member"), new DataField<DateTime?>("joined"), new DataField<long>("<b>big</b>"));
        await using (var stream = File.Create(file.Path))
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            for (var g = 0; g < groups; g++)
            {
                using var rg = writer.CreateRowGroup();
                await rg.WriteAsync<int>(schema.DataFields[0], new int?[] { 1 + 3 * g, null, 3 + 3 * g });
                await rg.WriteAsync<double>(schema.DataFields[1], new double?[] { 1.5, double.NaN, -2e-3 });
                await rg.WriteAsync(schema.DataFields[2], new[] { "Paris", null, "NA" });
                await rg.WriteAsync<bool>(schema.DataFields[3], new bool?[] { true, null, false });
                await rg.WriteAsync<DateTime>(schema.DataFields[4], new DateTime?[] { new DateTime(2024, 2, 29), null, new DateTime(2024, 3, 1, 13, 5, 9) });
                await rg.WriteAsync<long>(schema.DataFields[5], new long[] { long.MaxValue, 0, -1 });
            }
        }
        return file;
    }

    [Fact]
    public async Task WrittenFile_RoundTripsValuesAndDeclaredTypes()
    {
        using var file = await WriteSampleAsync();
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        Assert.Equal(DataFormat.Parquet, source.Format);
        Assert.Equal(["id", "score", "city", "member", "joined", "<b>big</b>"], source.ColumnNames);
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Categorical, ColumnType.Boolean, ColumnType.Date, ColumnType.Integer],
            source.DeclaredTypes!);
        var rows = source.ReadRows().ToList();
        Assert.Equal(6, rows.Count);
        RowAssert.Equal(["1", "1.5", "Paris", "true", "2024-02-29", "9223372036854775807"], rows[0]);
        RowAssert.Equal([null, null, null, null, null, "0"], rows[1]);
        RowAssert.Equal(["6", "-0.002", null, "false", "2024-03-01T13:05:09", "-1"], rows[5]);
    }

    [Fact]
    public async Task Analyze_UsesDeclaredTypes()
    {
        using var file = await WriteSampleAsync();
        var preview = TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Equal(6, preview.RowCount);
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Categorical, ColumnType.Boolean, ColumnType.Date, ColumnType.Integer],
            preview.Columns.Select(c => c.Type));
        Assert.Equal(2, preview.Columns[0].Missing);
        Assert.Equal(4, preview.Columns[2].Missing);
    }

    [Fact]
    public async Task ParquetValues_ConvertToTheirDeclaredTypes()
    {
        using var file = await WriteSampleAsync(1);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var preview = TypeInference.Analyze(source);
        var table = source.ToTabularData(preview.Schema, "p");
        Assert.Equal(DateValues.ToDays(new DateTime(2024, 3, 1, 13, 5, 9)), table["joined"].Numbers![2], 9);
        Assert.Equal(-0.002, table["score"].Numbers![2]);
        Assert.Equal(1.0, table["member"].Numbers![0]);
    }

    [Fact]
    public async Task TruncatedParquet_ThrowsCorrupt()
    {
        using var file = await WriteSampleAsync();
        var bytes = await File.ReadAllBytesAsync(file.Path);
        using var cut = TempFile.WithBytes(bytes[..(bytes.Length / 2)], ".parquet");
        var e = Assert.Throws<DataImportException>(() => TypeInference.Analyze(DataFileReader.Open(cut.Path, new ReadOptions())));
        Assert.StartsWith("The file is not a readable Parquet file", e.Message);
        Assert.Contains("export it again", e.Message);
    }

    [Fact]
    public async Task DuplicateNamesIgnoringCase_AreRejected()
    {
        using var file = TempFile.Create(".parquet");
        var schema = new ParquetSchema(new DataField<int>("Id"), new DataField<int>("ID"));
        await using (var stream = File.Create(file.Path))
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(schema.DataFields[0], new[] { 1 });
            await rg.WriteAsync<int>(schema.DataFields[1], new[] { 2 });
        }
        var e = Assert.Throws<DataImportException>(() => DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Contains("columns 1 ('Id') and 2 ('ID') have the same name", e.Message);
    }

    [Fact]
    public async Task NestedColumn_IsRejectedWithFix()
    {
        using var file = TempFile.Create(".parquet");
        var schema = new ParquetSchema(new DataField<int>("id"), new StructField("address", new DataField<string>("city")));
        await using (var stream = File.Create(file.Path))
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(schema.DataFields[0], new[] { 1 });
            await rg.WriteAsync(schema.DataFields[1], new[] { "Oslo" });
        }
        var e = Assert.Throws<DataImportException>(() => DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Contains("Column 'address' of the Parquet file is nested", e.Message);
        Assert.Contains("Flatten or drop that column", e.Message);
    }
}
