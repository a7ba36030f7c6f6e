using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class DataFileReaderTests
{
    private static DataImportException Fail(string text, string extension = ".csv") =>
        Fail(new UTF8Encoding(false).GetBytes(text), extension);

    private static DataImportException Fail(byte[] bytes, string extension = ".csv")
    {
        using var file = TempFile.WithBytes(bytes, extension);
        return Assert.Throws<DataImportException>(() =>
        {
            var source = DataFileReader.Open(file.Path, new ReadOptions());
            TypeInference.Analyze(source);
        });
    }

    [Fact]
    public void RaggedRowWithTooManyFields_ThrowsWithLineNumber()
    {
        var e = Fail("a,b,c,d\n1,2,3,4\n1,2,3,4\n1,2,3,4,5\n");
        Assert.Equal("Line 4 has 5 fields but the header has 4. Check for an unquoted comma inside a value (put such values in double quotes) or a missing quote on that line.", e.Message);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void RaggedRowWithTooFewFields_ThrowsWithLineNumber()
    {
        var e = Fail("a;b;c\n1;2;3\n\"x\ny\";2;3\n4;5\n");
        Assert.StartsWith("Line 5 has 2 fields but the header has 3.", e.Message);
        Assert.Contains("missing semicolon", e.Message);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void DuplicateHeaderIgnoringCase_NamesBothPositions()
    {
        var e = Fail("id,Age,name,age\n1,2,3,4\n");
        Assert.Contains("columns 2 ('Age') and 4 ('age') have the same name", e.Message);
        Assert.Contains("Rename one of them", e.Message);
        Assert.StartsWith("Line 1:", e.Message);
    }

    [Theory]
    [InlineData("a,,c\n1,2,3\n")]
    [InlineData("a,  ,c\n1,2,3\n")]
    public void BlankHeaderName_ThrowsWithColumnAndFix(string text)
    {
        var e = Fail(text);
        Assert.Contains("column 2 of the header has no name", e.Message);
        Assert.Contains("Give every column a name", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void HeaderWithControlCharacter_Throws()
    {
        var e = Fail("a,\"b\nc\",d\n1,2,3\n");
        Assert.Contains("column 2", e.Message);
        Assert.Contains("control character (U+000A)", e.Message);
        Assert.Contains("Remove line breaks", e.Message);
    }

    [Fact]
    public void UnterminatedQuote_ThrowsWithLineNumber()
    {
        var e = Fail("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
        Assert.StartsWith("Line 3 opens a quoted field that is never closed.", e.Message);
        Assert.Contains("Add the missing closing quote", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void TextAfterClosingQuote_Throws()
    {
        var e = Fail("a,b\n1,2\n\"ab\"c,3\n");
        Assert.StartsWith("Line 3 has text right after the closing quote", e.Message);
        Assert.Contains("double any quote", e.Message);
    }

    [Fact]
    public void BinaryFile_ThrowsAsBinary()
    {
        var bytes = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H' };
        var e = Fail(bytes, ".csv");
        Assert.Contains("looks binary", e.Message);
        Assert.Contains("line 3 holds a NUL byte", e.Message);
        Assert.Contains("save a spreadsheet as CSV UTF-8", e.Message);
    }

    [Fact]
    public void NulByteBeyondTheSample_ThrowsWithLine()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 20_000)) + "3,\0\n");
        var e = Fail(bytes);
        Assert.StartsWith("Line 20002 contains a NUL byte", e.Message);
        Assert.Contains("save a spreadsheet as CSV UTF-8", e.Message);
    }

    [Fact]
    public void MostlyControlBytes_ThrowsAsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var e = Fail(bytes, ".dat");
        Assert.Contains("looks binary", e.Message);
    }

    [Fact]
    public void RandomBytes_ThrowAsBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 0xFF;
        var e = Fail(bytes, ".txt");
        Assert.Contains("looks binary", e.Message);
    }

    [Fact]
    public void Latin1Text_AsksToSaveAsUtf8WithLine()
    {
        var bytes = Encoding.Latin1.GetBytes("name,city\nAnn,Paris\nZoé,Köln\n");
        var e = Fail(bytes);
        Assert.StartsWith("Line 3 is not valid UTF-8 text", e.Message);
        Assert.Contains("Save the file as UTF-8", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void InvalidUtf8BeyondTheSample_IsFoundWithItsLine()
    {
        var text = new StringBuilder("id,name\n");
        for (var i = 0; i < 10_000; i++) text.Append(i).Append(",name").Append(i).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(Encoding.Latin1.GetBytes("10000,Zoé\n")).ToArray();
        Assert.True(bytes.Length > 64 * 1024);
        var e = Fail(bytes);
        Assert.StartsWith("Line 10002 is not valid UTF-8 text", e.Message);
        Assert.Contains("Save the file as UTF-8", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\n ")]
    public void EmptyFile_Throws(string text)
    {
        var e = Fail(text);
        Assert.StartsWith("The file is empty.", e.Message);
        Assert.Contains("header line and at least one row", e.Message);
    }

    [Fact]
    public void ByteOrderMarkOnly_IsEmpty()
    {
        var e = Fail(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'\n' });
        Assert.StartsWith("The file is empty.", e.Message);
    }

    [Fact]
    public void HeaderWithoutRows_Throws()
    {
        var e = Fail("a,b,c\r\n\r\n");
        Assert.Equal("The file has a header (line 1) but no rows of data. Add at least one row below the header.", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void MissingFile_Throws()
    {
        var e = Assert.Throws<DataImportException>(() => DataFileReader.Open("/nonexistent/x.csv", new ReadOptions()));
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void CorruptParquet_ThrowsWithFix()
    {
        var bytes = Encoding.ASCII.GetBytes("PAR1 this is not really parquet data PAR1");
        var e = Fail(bytes, ".parquet");
        Assert.StartsWith("The file is not a readable Parquet file", e.Message);
        Assert.Contains("export it again", e.Message);
    }

    [Fact]
    public void ParquetExtensionWithoutMagic_Throws()
    {
        var e = Fail("a,b\n1,2\n", ".parquet");
        Assert.Contains("does not start with the Parquet signature PAR1", e.Message);
    }

    [Theory]
    [InlineData("data.csv", "x", DataFormat.Csv)]
    [InlineData("data.txt", "x", DataFormat.Csv)]
    [InlineData("data.tsv", "x", DataFormat.Tsv)]
    [InlineData("data.tab", "x", DataFormat.Tsv)]
    [InlineData("data.json", "x", DataFormat.Json)]
    [InlineData("data.jsonl", "x", DataFormat.Json)]
    [InlineData("data.ndjson", "x", DataFormat.Json)]
    [InlineData("data.parquet", "x", DataFormat.Parquet)]
    [InlineData("data", "  [{\"a\":1}]", DataFormat.Json)]
    [InlineData("data.dat", "\n{\"a\":1}", DataFormat.Json)]
    [InlineData("data", "a,b\n1,2", DataFormat.Csv)]
    [InlineData("data.csv", "PAR1....", DataFormat.Parquet)]
    public void DetectFormat_UsesMagicThenExtensionThenContent(string name, string content, DataFormat expected)
    {
        var sample = new FileSample(Encoding.UTF8.GetBytes(content), content.Length, TextEncoding.Utf8, 0);
        Assert.Equal(expected, DataFileReader.DetectFormat(name, sample));
    }
}
