using Workbench.Web.Shared;

namespace Workbench.Web.Tests.Shared;

public class CsvTextTests
{
    [Fact]
    public void SpecialCharacters_AreQuotedAndMissingIsEmpty()
    {
        var csv = CsvText.Build(["a", "b"], [["x,y", "line\nbreak"], [null, "say \"hi\""]]);

        Assert.Equal("a,b\r\n\"x,y\",\"line\nbreak\"\r\n,\"say \"\"hi\"\"\"\r\n", csv);
    }

    [Theory]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("+cmd", "\"'+cmd\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@import", "\"'@import\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    public void FormulaLikeCell_GetsLeadingApostropheAndQuotes(string cell, string expected) =>
        Assert.Equal($"v\r\n{expected}\r\n", CsvText.Build(["v"], [[cell]]));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("+3")]
    [InlineData("-2.5E-3")]
    [InlineData("plain")]
    public void NumberOrText_IsKeptAsIs(string cell) =>
        Assert.Equal($"v\r\n{cell}\r\n", CsvText.Build(["v"], [[cell]]));

    [Fact]
    public void DataUri_EscapesTheText() =>
        Assert.Equal("data:text/csv;charset=utf-8,a%2Cb%0D%0A", CsvText.ToDataUri("a,b\r\n"));
}
