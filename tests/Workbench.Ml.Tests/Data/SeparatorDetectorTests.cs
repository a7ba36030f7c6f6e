using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class SeparatorDetectorTests
{
    /// <summary>The exact bytes of a reported file: a stray quote and semicolons inside an unquoted header field.</summary>
    private const string HostileHeader =
        "<script>alert(1)</script>,x\"; DROP TABLE t; --,normal\n" +
        "<b>bold</b>,\"Robert'); DROP TABLE wb_datasets;--\",3\n" +
        "<img src=x onerror=alert(2)>,2,4\n";

    [Fact]
    public void StrayQuoteAndSemicolonsInUnquotedHeader_DetectsComma()
    {
        Assert.Equal(',', SeparatorDetector.Detect(HostileHeader, complete: true));
        Assert.Equal([3, 3, 3], SeparatorDetector.FieldCounts(HostileHeader, ',', complete: true));
        Assert.Equal([3, 3, 1], SeparatorDetector.FieldCounts(HostileHeader, ';', complete: true));
    }

    [Fact]
    public void StrayQuoteAndSemicolonsInUnquotedHeader_ImportsThreeColumns()
    {
        using var file = TempFile.WithText(HostileHeader);
        var source = (CsvRowSource)FieldLimit.Unwrap(DataFileReader.Open(file.Path, new ReadOptions()));
        var rows = source.ReadRows().ToList();
        Assert.Equal(',', source.Separator);
        Assert.Equal(["<script>alert(1)</script>", "x\"; DROP TABLE t; --", "normal"], source.ColumnNames);
        RowAssert.Equal(["<b>bold</b>", "Robert'); DROP TABLE wb_datasets;--", "3"], rows[0]);
        RowAssert.Equal(["<img src=x onerror=alert(2)>", "2", "4"], rows[1]);
    }

    [Theory]
    [InlineData("a,b;c\n1,2;3\n", ',')]
    [InlineData("a\tb;c\n1\t2;3\n", '\t')]
    [InlineData("a;b|c\n1;2|3\n", ';')]
    public void SeveralConsistentCandidates_TieGoesCommaTabSemicolonPipe(string text, char expected) =>
        Assert.Equal(expected, SeparatorDetector.Detect(text, complete: true));

    [Fact]
    public void InconsistentLineAfterFirstRecords_IsSeenWithinHundredRecords()
    {
        // Comma gives 2 fields on the first 50 records and 1 on the 51st; semicolon gives 2 fields everywhere.
        var text = "a,x;b\n" + string.Concat(Enumerable.Repeat("1,y;2\n", 49)) + "1 y;2\n";
        Assert.Equal(';', SeparatorDetector.Detect(text, complete: true));
        Assert.Equal(',', SeparatorDetector.Detect(text[..text.LastIndexOf("1 y", StringComparison.Ordinal)], complete: true));
    }

    [Fact]
    public void QuotedFieldWithLineBreakAndSeparators_IsOneField()
    {
        var text = "id;note\n1;\"a;b\nc;d\"\n2;\"e\"\"f\"\n";
        Assert.Equal([2, 2, 2], SeparatorDetector.FieldCounts(text, ';', complete: true));
        Assert.Equal(';', SeparatorDetector.Detect(text, complete: true));
    }

    [Fact]
    public void RecordCutOffAtEndOfSample_IsLeftOut()
    {
        Assert.Equal([2, 2], SeparatorDetector.FieldCounts("a,b\n1,2\n3,4,5", ',', complete: false));
        Assert.Equal([2, 2, 3], SeparatorDetector.FieldCounts("a,b\n1,2\n3,4,5", ',', complete: true));
    }

    [Fact]
    public void BlankLines_AreNotCounted() =>
        Assert.Equal([2, 2], SeparatorDetector.FieldCounts("a,b\n\n  \r\n1,2\r\n", ',', complete: true));

    [Fact]
    public void NoConsistentCandidate_PicksMostRecordsMatchingHeader()
    {
        // Semicolon matches the header's 3 fields on 3 of 4 records; comma splits the header into 1 field.
        Assert.Equal(';', SeparatorDetector.Detect("a;b;c\n1;2;3\n4;5\n6;7;8\n", complete: true));
    }

    [Fact]
    public void SingleColumn_DefaultsToComma() =>
        Assert.Equal(',', SeparatorDetector.Detect("name\nAnn\nBob\n", complete: true));

    [Fact]
    public void ExcelSeparatorLine_IsLeftToTheReader() =>
        Assert.Null(SeparatorDetector.Detect("sep=;\na;b\n", complete: true));
}
