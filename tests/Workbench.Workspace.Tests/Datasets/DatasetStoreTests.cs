using System.Text;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class DatasetStoreTests
{
    private static TabularData Sample() => TempWorkspace.Table("s",
        DataColumn.Numeric("id", ColumnType.Integer, [1, 2, 3]),
        DataColumn.Numeric("price", ColumnType.Real, [1.5, double.NaN, 0.1 + 0.2]),
        DataColumn.Numeric("ok", ColumnType.Boolean, [1, 0, double.NaN]),
        DataColumn.Numeric("day", ColumnType.Date, [DateValues.ToDays(new DateTime(2024, 2, 29)), double.NaN, 0]),
        DataColumn.Text("note", ColumnType.Text, ["a,b", "say \"hi\"", null]));

    [Fact]
    public async Task SaveThenLoad_ReturnsSameValues()
    {
        using var temp = new TempWorkspace();
        var info = await temp.Datasets.SaveAsync("sample", Sample(), "generated:test");
        Assert.Equal(3, info.Rows);
        Assert.Equal([0L, 1, 1, 1, 1], info.Columns.Select(c => c.Missing));
        var loaded = await temp.Datasets.LoadAsync("sample");
        Assert.Equal("sample", loaded.Name);
        for (var c = 0; c < 5; c++)
        {
            Assert.Equal(Sample().Columns[c].Type, loaded.Columns[c].Type);
            Assert.Equal(Enumerable.Range(0, 3).Select(Sample().Columns[c].Format), Enumerable.Range(0, 3).Select(loaded.Columns[c].Format));
        }
        var subset = await temp.Datasets.LoadAsync("sample", ["note", "id"]);
        Assert.Equal(["note", "id"], subset.Columns.Select(c => c.Name));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.LoadAsync("sample", ["missing"]));
    }

    [Fact]
    public async Task ExportThenImport_RoundTripsValuesAndFingerprint()
    {
        using var temp = new TempWorkspace();
        var original = await temp.Datasets.SaveAsync("sample", Sample(), "test");
        var path = Path.Combine(temp.Folder, "out.csv");
        await using (var file = File.Create(path)) await temp.Datasets.ExportCsvAsync("sample", file, FormulaCells.AsIs);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
        Assert.StartsWith("id,price,ok,day,note\r\n1,1.5,true,2024-02-29,\"a,b\"\r\n", text);
        Assert.Contains("\"say \"\"hi\"\"\"", text);
        var reimported = await temp.Datasets.ImportAsync("again", path, new ReadOptions(), original.Schema);
        Assert.Equal(original.Fingerprint, reimported.Fingerprint);
        Assert.Equal(original.Columns, reimported.Columns);
    }

    [Fact]
    public async Task Export_LeavesStreamOpen()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("sample", Sample(), "test");
        using var memory = new MemoryStream();
        await temp.Datasets.ExportCsvAsync("sample", memory);
        Assert.True(memory.CanWrite);
        Assert.Equal(4, Encoding.UTF8.GetString(memory.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Rename_MovesTableAndCatalogKeepingContent()
    {
        using var temp = new TempWorkspace();
        var info = await temp.Datasets.SaveAsync("old", Sample(), "test");
        var renamed = await temp.Datasets.RenameAsync("OLD", "new-name");
        Assert.Equal("new-name", renamed.Name);
        Assert.Equal(info.Fingerprint, renamed.Fingerprint);
        Assert.Null(await temp.Datasets.GetAsync("old"));
        Assert.Equal(info.Id, (await temp.Datasets.GetAsync("new-name"))!.Id);
        Assert.Contains("new-name", temp.Tables());
        Assert.DoesNotContain("old", temp.Tables());
        Assert.Equal(3, (await temp.Datasets.QueryPageAsync("new-name", new PageRequest(0, 10))).TotalRows);
        await temp.Datasets.RenameAsync("new-name", "NEW-NAME");
        Assert.Equal("NEW-NAME", (await temp.Datasets.GetAsync("new-name"))!.Name);
    }

    [Fact]
    public async Task RenameToTakenOrInvalidName_ChangesNothing()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("a", Sample(), "test");
        await temp.Datasets.SaveAsync("b", Sample(), "test");
        Assert.Contains("already exists", (await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.RenameAsync("a", "B"))).Message);
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.RenameAsync("a", "wb_log"));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.RenameAsync("a", "a\"; DROP TABLE b; --"));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.RenameAsync("zzz", "c"));
        Assert.Equal(["a", "b"], (await temp.Datasets.ListAsync()).Select(d => d.Name));
    }

    [Fact]
    public async Task Delete_RemovesTableCatalogColumnsAndProfiles()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("gone", Sample(), "test");
        await temp.Profiles().GetOrComputeAsync("gone");
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM wb_profiles;"));
        await temp.Datasets.DeleteAsync("GONE");
        Assert.Empty(await temp.Datasets.ListAsync());
        Assert.DoesNotContain("gone", temp.Tables());
        Assert.Equal(0, temp.Scalar("SELECT COUNT(*) FROM wb_columns;"));
        Assert.Equal(0, temp.Scalar("SELECT COUNT(*) FROM wb_profiles;"));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.DeleteAsync("gone"));
    }

    [Fact]
    public async Task SizeBytes_IsCloseToTheFileSpaceTheTableTakes()
    {
        using var temp = new TempWorkspace();
        var empty = temp.Scalar("PRAGMA page_count;") * temp.Scalar("PRAGMA page_size;");
        const int rows = 50_000;
        var random = new Random(3);
        await temp.Datasets.SaveAsync("large", TempWorkspace.Table("l",
            DataColumn.Numeric("id", ColumnType.Integer, Enumerable.Range(0, rows).Select(i => (double)i * 1000).ToArray()),
            DataColumn.Numeric("x", ColumnType.Real, Enumerable.Range(0, rows).Select(_ => random.NextDouble()).ToArray()),
            DataColumn.Numeric("flag", ColumnType.Boolean, Enumerable.Range(0, rows).Select(i => (double)(i % 2)).ToArray()),
            DataColumn.Text("word", ColumnType.Text, Enumerable.Range(0, rows).Select(i => i % 9 == 0 ? null : "w" + new string('x', i % 20)).ToArray())), "test");
        await temp.Datasets.QueryPageAsync("large", new PageRequest(0, 10, "word"));
        temp.Scalar("PRAGMA wal_checkpoint(TRUNCATE);");
        var actual = temp.Scalar("PRAGMA page_count;") * temp.Scalar("PRAGMA page_size;") - empty;
        var measured = await temp.Datasets.GetSizeBytesAsync("large");
        Assert.InRange(measured, actual * 0.9, actual * 1.1);
        await temp.Datasets.SaveAsync("small", Sample(), "test");
        Assert.InRange(await temp.Datasets.GetSizeBytesAsync("small"), 30, 4096);
    }

    [Fact]
    public async Task List_IsSortedByNameIgnoringCase()
    {
        using var temp = new TempWorkspace();
        foreach (var name in new[] { "beta", "Alpha", "gamma" }) await temp.Datasets.SaveAsync(name, Sample(), "test");
        Assert.Equal(["Alpha", "beta", "gamma"], (await temp.Datasets.ListAsync()).Select(d => d.Name));
        Assert.All(await temp.Datasets.ListAsync(), d => Assert.Equal(5, d.Columns.Count));
    }
}
