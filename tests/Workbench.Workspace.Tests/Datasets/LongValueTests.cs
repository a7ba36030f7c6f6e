using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

/// <summary>A page of the dataset browser never carries a long value: text is cut in SQLite and read whole on request.</summary>
public class LongValueTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly string _long = string.Concat(Enumerable.Repeat("0123456789", 300_000)); // 3,000,000 characters

    public LongValueTests() =>
        _temp.Datasets.SaveAsync("notes", TempWorkspace.Table("notes",
            DataColumn.Numeric("id", ColumnType.Integer, [1, 2, 3]),
            DataColumn.Text("note", ColumnType.Text, ["short", _long, null]),
            DataColumn.Text("kind", ColumnType.Categorical, ["a", "b", "c"])), "test").Wait();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Page_CutsLongTextAndGivesItsFullLength()
    {
        var page = await _temp.Datasets.QueryPageAsync("notes", new PageRequest(0, 10));

        Assert.Equal(["short", _long[..DataPage.MaxValueChars], null], page.Rows.Select(r => r[1]));
        Assert.Equal(new CutValue(1, 1, 3_000_000), Assert.Single(page.CutValues));
        Assert.Equal(["1", "2", "3"], page.Rows.Select(r => r[0]));
        Assert.Equal(3, page.RowIds.Distinct().Count());
    }

    [Fact]
    public async Task WholeValue_IsReadByRowIdAndColumn()
    {
        var page = await _temp.Datasets.QueryPageAsync("notes", new PageRequest(0, 10, SortColumn: "note", Descending: true));
        var row = page.Rows.Select((r, i) => (r, i)).First(x => x.r[0] == "2").i;

        Assert.Equal(_long, await _temp.Datasets.ReadValueAsync("notes", page.RowIds[row], "note"));
        Assert.Null(await _temp.Datasets.ReadValueAsync("notes", page.RowIds[page.Rows.ToList().FindIndex(r => r[0] == "3")], "note"));
    }

    [Theory]
    [InlineData("nope", 1, "note", "no dataset")]
    [InlineData("notes", 1, "missing_column", "no column named 'missing_column'")]
    [InlineData("notes", 99, "note", "no row 99")]
    public async Task WholeValueOfSomethingMissing_IsAClearError(string dataset, long rowId, string column, string message)
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.ReadValueAsync(dataset, rowId, column));
        Assert.Contains(message, e.Message, StringComparison.OrdinalIgnoreCase);
    }
}
