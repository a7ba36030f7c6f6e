using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class JsonRowSourceTests
{
    private static (IRowSource Source, List<string?[]> Rows) Read(string text, string extension = ".json")
    {
        using var file = TempFile.WithText(text, extension);
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        return (source, source.ReadRows().ToList());
    }

    private static DataImportException Fail(string text, string extension = ".json")
    {
        using var file = TempFile.WithText(text, extension);
        return Assert.Throws<DataImportException>(() => TypeInference.Analyze(DataFileReader.Open(file.Path, new ReadOptions())));
    }

    [Fact]
    public void ArrayOfObjects_UnionsKeysInOrderOfFirstAppearance()
    {
        var (source, rows) = Read("""
            [
              {"id": 1, "name": "Ann", "ok": true},
              {"id": 2.5e3, "score": null, "tags": ["a", "b"], "ok": false},
              {"name": "NA", "meta": {"k": 1}}
            ]
            """);
        Assert.Equal(DataFormat.Json, source.Format);
        Assert.Equal(["id", "name", "ok", "score", "tags", "meta"], source.ColumnNames);
        RowAssert.Equal(["1", "Ann", "true", null, null, null], rows[0]);
        RowAssert.Equal(["2.5e3", null, "false", null, "[\"a\", \"b\"]", null], rows[1]);
        RowAssert.Equal([null, null, null, null, null, "{\"k\": 1}"], rows[2]);
    }

    [Fact]
    public void JsonLines_ReadsOneObjectPerLineAndTracksLines()
    {
        using var file = TempFile.WithText("{\"a\": 1, \"b\": \"x\"}\n\n{\"b\": \"y\", \"c\": false}\r\n{\"a\": -3}\n", ".jsonl");
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var lines = new List<long>();
        var rows = new List<string?[]>();
        foreach (var row in source.ReadRows()) { rows.Add(row); lines.Add(((ILineTracking)source).CurrentLine); }
        Assert.Equal(["a", "b", "c"], source.ColumnNames);
        RowAssert.Equal([null, "y", "false"], rows[1]);
        RowAssert.Equal(["-3", null, null], rows[2]);
        Assert.Equal([1L, 3L, 4L], lines);
    }

    [Fact]
    public void LargeArray_StreamsAcrossBuffers()
    {
        var sb = new StringBuilder("[\n");
        for (var i = 0; i < 5000; i++) sb.Append($"  {{\"i\": {i}, \"s\": \"{new string('v', 30)}{i}\"}}{(i < 4999 ? "," : "")}\n");
        sb.Append(']');
        var (_, rows) = Read(sb.ToString());
        Assert.Equal(5000, rows.Count);
        Assert.Equal("4999", rows[4999][0]);
        Assert.EndsWith("4999", rows[4999][1]);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        using var file = TempFile.WithBytes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("[{\"a\":1}]")).ToArray(), ".json");
        RowAssert.Equal(["1"], DataFileReader.Open(file.Path, new ReadOptions()).ReadRows().Single());
    }

    [Fact]
    public void InvalidJson_NamesLineAndPosition()
    {
        var e = Fail("[\n  {\"a\": 1},\n  {\"a\": tru}\n]");
        Assert.StartsWith("Line 3, position ", e.Message);
        Assert.Contains("not valid JSON", e.Message);
        Assert.Contains("Fix the JSON there", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void UnclosedArray_IsInvalidJson()
    {
        var e = Fail("[\n{\"a\": 1},\n{\"a\": 2}\n");
        Assert.Contains("not valid JSON", e.Message);
    }

    [Fact]
    public void ArrayOfNumbers_IsNotAnArrayOfObjects()
    {
        var e = Fail("[\n 1,\n 2\n]");
        Assert.Equal("Item 1 of the JSON array (line 2) is a number, not an object. Every item must be an object such as {\"column\": value}.", e.Message);
    }

    [Fact]
    public void SinglePrettyPrintedObject_IsRejectedWithFix()
    {
        var e = Fail("{\n  \"data\": [1, 2]\n}\n");
        Assert.Contains("Line 1 starts a JSON object that spans several lines", e.Message);
        Assert.Contains("save the records as a JSON array", e.Message);
    }

    [Fact]
    public void JsonLinesWithNonObject_NamesTheLine()
    {
        var e = Fail("{\"a\": 1}\n[1, 2]\n", ".jsonl");
        Assert.Equal("Line 2 holds an array, not a JSON object. JSON Lines needs one object per line, such as {\"column\": value}.", e.Message);
    }

    [Fact]
    public void ScalarJson_IsNotAnArray()
    {
        var e = Fail("[\"x\"]");
        Assert.Contains("is a string, not an object", e.Message);
    }

    [Fact]
    public void TextAfterTheArray_IsInvalidJson()
    {
        var e = Fail("[{\"a\": 1}]\nx");
        Assert.StartsWith("Line 2, position 1: the file is not valid JSON", e.Message);
    }

    [Fact]
    public void SecondArrayAfterTheFirst_IsRejected()
    {
        var e = Fail("[{\"a\": 1}]\n[{\"a\": 2}]");
        Assert.Contains("Line 2", e.Message);
    }

    [Fact]
    public void OneMegabyteString_GrowsTheBuffer()
    {
        var big = new string('z', 1024 * 1024);
        var (_, rows) = Read($"[{{\"id\": 1, \"text\": \"{big}\"}}, {{\"id\": 2}}]");
        Assert.Equal(big, rows[0][1]);
        Assert.Equal("2", rows[1][0]);
    }

    [Fact]
    public void EmptyArray_HasNoRecords()
    {
        var e = Fail("[ ]");
        Assert.Contains("holds no records", e.Message);
    }

    [Fact]
    public void KeysDifferingOnlyInCase_AreRejected()
    {
        var e = Fail("[{\"Age\": 1},\n{\"age\": 2}]");
        Assert.Contains("'Age' (first on line 1) and 'age' (line 2) differ only in case", e.Message);
        Assert.Contains("Use one spelling", e.Message);
    }

    [Fact]
    public void EmptyKey_IsRejected()
    {
        var e = Fail("[{\"\": 1}]");
        Assert.Contains("has no name", e.Message);
    }
}
