using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class TypeInferenceTests
{
    /// <summary>An in-memory source: one column per name, values given column-wise.</summary>
    internal sealed class ListSource(string[] names, params string?[][] columns) : IRowSource
    {
        public DataFormat Format => DataFormat.Csv;
        public IReadOnlyList<string> ColumnNames => names;
        public IReadOnlyList<ColumnType>? DeclaredTypes => null;

        public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            for (var r = 0; r < columns[0].Length; r++)
                yield return columns.Select(c => c[r]).ToArray();
        }
    }

    private static InferredColumn Infer(params string?[] values) =>
        TypeInference.Analyze(new ListSource(["x"], values)).Columns[0];

    [Theory]
    [InlineData(ColumnType.Boolean, "true", "False", "YES", "no", null)]
    [InlineData(ColumnType.Boolean, "t", "f", "Y", "n")]
    [InlineData(ColumnType.Integer, "0", "1", "1", "0")]
    [InlineData(ColumnType.Integer, "-5", "+7", " 12 ", "9223372036854775807")]
    [InlineData(ColumnType.Real, "1", "2.5", "3")]
    [InlineData(ColumnType.Real, "1e3", "-2.5E-4", ".5", "inf", "-inf")]
    [InlineData(ColumnType.Real, "9223372036854775808", "1")]
    [InlineData(ColumnType.Date, "2024-01-31", "2024-02-29T10:20:30", "2024-03-01T10:20:30.123Z", "2024-03-02 08:00:00", "2024/12/25")]
    [InlineData(ColumnType.Categorical, "007", "008", "010")]
    [InlineData(ColumnType.Categorical, "1", "2", "x")]
    [InlineData(ColumnType.Categorical, "0.5", "00.5")]
    [InlineData(ColumnType.Categorical, "true", "false", "maybe")]
    [InlineData(ColumnType.Categorical, "2024-13-01", "2024-01-01")]
    [InlineData(ColumnType.Categorical, "1,000", "2,000")]
    [InlineData(ColumnType.Text, null, null, "NA", "")]
    public void Values_GetTheNarrowestType(ColumnType expected, params string?[] values)
    {
        var source = new ListSource(["x"], values.Select(MissingSpellings.Normalize).ToArray());
        Assert.Equal(expected, TypeInference.Analyze(source).Columns[0].Type);
    }

    [Fact]
    public void LongValues_AreText()
    {
        var longText = new string('w', 51);
        Assert.Equal(ColumnType.Text, Infer(longText, longText, longText).Type);
        Assert.Equal(ColumnType.Categorical, Infer(new string('w', 50), "a").Type);
    }

    [Fact]
    public void ManyDistinctValues_AreTextAndFewAreCategorical()
    {
        var unique = Enumerable.Range(0, 60).Select(i => $"name{i}").ToArray();
        Assert.Equal(ColumnType.Text, Infer(unique).Type);
        // 60 distinct values among 200: more than 50 distinct but not more than half of the values.
        var repeated = Enumerable.Range(0, 200).Select(i => $"c{i % 60}").ToArray();
        Assert.Equal(ColumnType.Categorical, Infer(repeated).Type);
        var fewUnique = Enumerable.Range(0, 50).Select(i => $"name{i}").ToArray();
        Assert.Equal(ColumnType.Categorical, Infer(fewUnique).Type);
    }

    [Fact]
    public void Counts_MissingDistinctExamplesAndRows()
    {
        var source = new ListSource(["a", "b"],
            ["x", null, "y", "x", "z", "w", "v", "u"],
            ["1", "2", "3", "4", "5", "6", "7", null]);
        var preview = TypeInference.Analyze(source, previewRows: 3);
        Assert.Equal(8, preview.RowCount);
        Assert.Equal(3, preview.FirstRows.Count);
        RowAssert.Equal(["y", "3"], preview.FirstRows[2]);
        var a = preview.Columns[0];
        Assert.Equal(("a", 1L, 6L), (a.Name, a.Missing, a.Distinct));
        Assert.Equal(["x", "y", "z", "w", "v"], a.Examples);
        Assert.Equal(ColumnType.Integer, preview.Columns[1].Type);
        Assert.Equal(1, preview.Columns[1].Missing);
        Assert.Equal([new ColumnSchema("a", ColumnType.Categorical), new ColumnSchema("b", ColumnType.Integer)], preview.Schema);
    }

    [Fact]
    public void CsvFile_IsAnalysedEndToEnd()
    {
        using var file = TempFile.WithText(
            "id,price,when,flag,code,city,note\r\n" +
            "1,2.50,2024-01-01,yes,007,Paris,\r\n" +
            "2,3,2024-01-02 10:00:00,no,012,NA,\r\n" +
            "3,1e2,2024/01/03,Y,100,Lyon,?\r\n");
        var preview = TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Equal(3, preview.RowCount);
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Boolean, ColumnType.Categorical, ColumnType.Categorical, ColumnType.Text],
            preview.Columns.Select(c => c.Type));
        Assert.Equal(1, preview.Columns[5].Missing);
        Assert.Equal(3, preview.Columns[6].Missing);
    }

    [Fact]
    public void Cancellation_StopsAnalysis()
    {
        var values = Enumerable.Range(0, 100_000).Select(i => (string?)i.ToString()).ToArray();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => TypeInference.Analyze(new ListSource(["x"], values), ct: cts.Token));
    }

    [Fact]
    public void DistinctCount_StopsAtTheCap()
    {
        var values = Enumerable.Range(0, (int)ImportPreview.DistinctCap + 10).Select(i => (string?)$"v{i}").ToArray();
        var column = Infer(values);
        Assert.Equal(ImportPreview.DistinctCap, column.Distinct);
        Assert.Equal(ColumnType.Text, column.Type);
    }
}
