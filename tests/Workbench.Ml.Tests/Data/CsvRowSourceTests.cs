using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class CsvRowSourceTests
{
    private static (IRowSource Source, List<string?[]> Rows) Read(string text, string extension = ".csv", ReadOptions? options = null)
    {
        using var file = TempFile.WithText(text, extension);
        var source = DataFileReader.Open(file.Path, options ?? new ReadOptions());
        return (source, source.ReadRows().ToList());
    }

    [Fact]
    public void BomAndCrlf_AreHandled()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,name\r\n1,Ann\r\n2,Bob\r\n")).ToArray();
        using var file = TempFile.WithBytes(bytes);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var rows = source.ReadRows().ToList();
        Assert.Equal(["id", "name"], source.ColumnNames);
        Assert.Equal(DataFormat.Csv, source.Format);
        Assert.Equal(2, rows.Count);
        RowAssert.Equal(["2", "Bob"], rows[1]);
    }

    [Fact]
    public void QuotedFieldWithDelimiterAndNewline_IsOneValue()
    {
        var (_, rows) = Read("a,b\r\n\"x, y\r\nz\",2\n\"he said \"\"hi\"\"\",3\n");
        Assert.Equal("x, y\r\nz", rows[0][0]);
        Assert.Equal("he said \"hi\"", rows[1][0]);
        Assert.Equal("3", rows[1][1]);
    }

    [Theory]
    [InlineData("a;b;c\n1,5;2;x\n3,5;4;y\n", ';')]
    [InlineData("a\tb\tc\n\"1,2,3\"\t2\tx\n\"4,5\"\t4\ty\n", '\t')]
    [InlineData("a|b|c\n1|2|3\n4|5|6\n", '|')]
    [InlineData("name,desc\nx,\"a;b;c;d\"\ny,\"e;f;g;h\"\n", ',')]
    public void Delimiter_IsDetectedRespectingQuotes(string text, char expected)
    {
        using var file = TempFile.WithText(text, ".txt");
        var source = (CsvRowSource)FieldLimit.Unwrap(DataFileReader.Open(file.Path, new ReadOptions()));
        Assert.Equal(expected, source.Separator);
        Assert.All(source.ReadRows(), r => Assert.Equal(source.ColumnNames.Count, r.Length));
    }

    [Fact]
    public void ExcelSeparatorLine_SetsTheDelimiterAndIsSkipped()
    {
        var (source, rows) = Read("sep=;\r\na;b\r\n1,5;2\r\n");
        Assert.Equal(["a", "b"], source.ColumnNames);
        RowAssert.Equal(["1,5", "2"], Assert.Single(rows));
    }

    [Fact]
    public void DelimiterOption_OverridesDetection()
    {
        var (source, rows) = Read("a;b\n1;2\n", options: new ReadOptions(Delimiter: ','));
        Assert.Equal(["a;b"], source.ColumnNames);
        Assert.Equal("1;2", rows[0][0]);
    }

    [Fact]
    public void TsvExtension_UsesTab()
    {
        var (source, rows) = Read("a,b\tc\n1,2\t3\n", ".tsv");
        Assert.Equal(DataFormat.Tsv, source.Format);
        Assert.Equal(["a,b", "c"], source.ColumnNames);
        Assert.Equal("1,2", rows[0][0]);
    }

    [Fact]
    public void MissingSpellings_BecomeNull()
    {
        var (_, rows) = Read("a,b,c,d,e,f,g,h,i,j,k\n, NA ,N/A,NaN,nan,null,NULL,None,?,#N/A,na\n");
        Assert.Equal(11, rows[0].Length);
        Assert.All(rows[0][..10], Assert.Null);
        Assert.Equal("na", rows[0][10]);
    }

    [Fact]
    public void BlankLines_AreSkipped()
    {
        var (_, rows) = Read("a,b\n\n1,2\n   \n3,4\n\n");
        Assert.Equal(2, rows.Count);
        RowAssert.Equal(["3", "4"], rows[1]);
    }

    [Fact]
    public void HostileHeaderNames_AreKeptExactly()
    {
        var (source, _) = Read("\"<script>alert(1)</script>\",\"x\"\"; DROP TABLE t; --\",'quoted'\n1,2,3\n");
        Assert.Equal(["<script>alert(1)</script>", "x\"; DROP TABLE t; --", "'quoted'"], source.ColumnNames);
    }

    [Fact]
    public void ThreeThousandColumns_AreRead()
    {
        var header = string.Join(",", Enumerable.Range(0, 3000).Select(i => $"c{i}"));
        var row = string.Join(",", Enumerable.Range(0, 3000).Select(i => i.ToString()));
        var (source, rows) = Read($"{header}\n{row}\n{row}\n");
        Assert.Equal(3000, source.ColumnNames.Count);
        Assert.Equal("c2999", source.ColumnNames[2999]);
        Assert.Equal(2, rows.Count);
        Assert.Equal("2999", rows[1][2999]);
    }

    [Fact]
    public void OneMegabyteField_IsRead()
    {
        var big = new string('x', 1024 * 1024);
        var (_, rows) = Read($"id,text\n1,\"{big}\"\n2,{big}\n");
        Assert.Equal(big, rows[0][1]);
        Assert.Equal(big, rows[1][1]);
    }

    [Fact]
    public void Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("name,city\nZoë,Köln\n")).ToArray();
        using var file = TempFile.WithBytes(bytes);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        RowAssert.Equal(["Zoë", "Köln"], source.ReadRows().Single());
    }

    [Fact]
    public void ReadRows_CanBeRepeatedAndTracksLines()
    {
        using var file = TempFile.WithText("a,b\n1,\"x\ny\"\n2,z\n");
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        Assert.Equal(2, source.ReadRows().Count());
        var lines = new List<long>();
        foreach (var _ in source.ReadRows()) lines.Add(((ILineTracking)source).CurrentLine);
        Assert.Equal([2L, 4L], lines);
    }

    [Fact]
    public void StrayQuoteInsideUnquotedField_IsKept()
    {
        var (_, rows) = Read("item,size\npipe,12\" long\n");
        Assert.Equal("12\" long", rows[0][1]);
    }

    [Fact]
    public void ReadRows_ReportsProgressAndHonoursCancellation()
    {
        var text = "a,b\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i},{i * 2}\n"));
        using var file = TempFile.WithText(text);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var reports = new List<double>();
        var progress = new SyncProgress(reports.Add);
        Assert.Equal(20_000, source.ReadRows(progress).Count());
        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First <= p.Second));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => source.ReadRows(null, cts.Token).Count());
    }
}

/// <summary>An IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SyncProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
