using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class DatasetNamesTests
{
    [Theory]
    [InlineData("penguins")]
    [InlineData("A")]
    [InlineData("sales_2024-q1")]
    public void ValidName_IsAccepted(string name) => Assert.Equal(name, DatasetNames.Validate(name));

    [Fact]
    public void SixtyThreeCharacters_IsTheLongestAccepted()
    {
        Assert.Equal(63, DatasetNames.Validate("a" + new string('b', 62)).Length);
        Assert.Throws<WorkspaceException>(() => DatasetNames.Validate("a" + new string('b', 63)));
    }

    [Theory]
    [InlineData("", "needs a name")]
    [InlineData("1abc", "not a valid dataset name")]
    [InlineData("a b", "not a valid dataset name")]
    [InlineData("x\"; DROP TABLE wb_datasets; --", "not a valid dataset name")]
    [InlineData("<script>", "not a valid dataset name")]
    [InlineData("wb_datasets", "reserved")]
    [InlineData("WB_x", "reserved")]
    [InlineData("sqlite_master", "reserved")]
    public void InvalidName_IsRefusedWithReason(string name, string reason)
    {
        var e = Assert.Throws<WorkspaceException>(() => DatasetNames.Validate(name));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Quote_DoublesEmbeddedQuotes()
    {
        Assert.Equal("\"a\"\"b\"", SqlIdentifier.Quote("a\"b"));
        Assert.Equal("\"x'); DROP TABLE t;--\"", SqlIdentifier.Quote("x'); DROP TABLE t;--"));
    }
}
