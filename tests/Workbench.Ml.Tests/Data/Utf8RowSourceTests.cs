using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class Utf8RowSourceTests
{
    /// <summary>Values that test every rule: missing spellings with ASCII and Unicode white space, signs, leading
    /// zeros, integers past 2^53, infinities, date layouts, quotes, non-ASCII text.</summary>
    internal const string Tricky =
        "int,real,bool,date,cat,text,big\n" +
        " 42 ,1e5,true,2020-01-31,a,txt é,9007199254740993\n" +
        "+7,-inf,N,2021-12-31T23:59:59,\" a\",\"q,\"\"uoted\"\"\",-9223372036854775808\n" +
        "NA,.5,YES,2022-02-28 10:00:00,\u00a0NA,🙂,123\n" +
        "\u000bNA\u000b,N/A,f,2023/05/06,a ,\u2003NA\u2003,9223372036854775807\n" +
        "-12,3,?,2020-01-01T00:00:00Z,b,\u3000,1\n" +
        "5,Infinity,no,2020-01-01T10:11:12.345,ünï,007,2\n";

    /// <summary>The same source seen only through <see cref="IRowSource.ReadRows"/>, as a JSON or Parquet source is.</summary>
    private sealed class StringsOnly(IRowSource inner) : IRowSource
    {
        public DataFormat Format => inner.Format;
        public IReadOnlyList<string> ColumnNames => inner.ColumnNames;
        public IReadOnlyList<ColumnType>? DeclaredTypes => inner.DeclaredTypes;

        public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
            inner.ReadRows(progress, cancellationToken);
    }

    [Fact]
    public void Utf8Rows_HoldTheSameValuesAsStringRows()
    {
        using var file = TempFile.WithText(Tricky);
        var source = (IUtf8RowSource)DataFileReader.Open(file.Path, new ReadOptions());
        var strings = source.ReadRows().ToList();
        var utf8 = source.ReadUtf8Rows().Select(r => r.ToStrings()).ToList();
        Assert.Equal(6, strings.Count);
        Assert.Equal(strings, utf8);
        Assert.Equal("q,\"uoted\"", strings[1][5]);
        Assert.Null(strings[2][0]);
        Assert.Null(strings[2][4]); // NA padded with a non-breaking space is missing, as in the text test
    }

    [Fact]
    public void InferenceFromUtf8Rows_EqualsInferenceFromStrings()
    {
        using var file = TempFile.WithText(Tricky);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var fromUtf8 = TypeInference.Analyze(source);
        var fromStrings = TypeInference.Analyze(new StringsOnly(source));
        Assert.Equal(fromStrings.RowCount, fromUtf8.RowCount);
        Assert.Equal(fromStrings.FirstRows, fromUtf8.FirstRows);
        Assert.Equal(fromStrings.Columns.Count, fromUtf8.Columns.Count);
        for (var i = 0; i < fromUtf8.Columns.Count; i++)
        {
            var (a, b) = (fromStrings.Columns[i], fromUtf8.Columns[i]);
            Assert.Equal((a.Name, a.Type, a.Missing, a.Distinct), (b.Name, b.Type, b.Missing, b.Distinct));
            Assert.Equal(a.Examples, b.Examples);
        }
        // "\vNA\v" is NA padded with white space, which every missing-value test trims, so the first column is Integer
        // with two missing values (NA and \vNA\v).
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Boolean, ColumnType.Date, ColumnType.Categorical,
            ColumnType.Categorical, ColumnType.Integer], fromUtf8.Columns.Select(c => c.Type));
        Assert.Equal(2, fromUtf8.Columns[0].Missing);
    }

    [Fact]
    public void ManyRowsInBatches_AreAllCounted()
    {
        var text = "a,b\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"{i},{(i % 3 == 0 ? "NA" : "x" + i % 7)}\n"));
        using var file = TempFile.WithText(text);
        var preview = TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Equal(10_000, preview.RowCount);
        Assert.Equal(ColumnType.Integer, preview.Columns[0].Type);
        Assert.Equal(10_000, preview.Columns[0].Distinct);
        Assert.Equal(3334, preview.Columns[1].Missing);
        Assert.Equal(7, preview.Columns[1].Distinct);
    }

    [Fact]
    public void DistinctCountFromUtf8Rows_StopsAtTheCapWithTheFirstExamples()
    {
        var text = "id\n" + string.Concat(Enumerable.Range(0, (int)ImportPreview.DistinctCap + 500).Select(i => $"v{i}\n"));
        using var file = TempFile.WithText(text);
        var column = TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions())).Columns[0];
        Assert.Equal(ImportPreview.DistinctCap, column.Distinct);
        Assert.Equal(["v0", "v1", "v2", "v3", "v4"], column.Examples);
        Assert.Equal(ColumnType.Text, column.Type);
    }

    [Fact]
    public void MalformedLineFoundWhileInferring_IsReportedWithItsLine()
    {
        var text = "a,b\n" + string.Concat(Enumerable.Range(0, 9_000).Select(i => $"{i},{i}\n")) + "1,2,3\n";
        using var file = TempFile.WithText(text);
        var e = Assert.Throws<DataImportException>(() => TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions())));
        Assert.Equal(9_002, e.Line);
        Assert.StartsWith("Line 9002 has 3 fields but the header has 2.", e.Message);
    }
}
