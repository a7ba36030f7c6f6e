using System.Text;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class DatasetStoreImportTests
{
    private static string Csv(int rows, Func<int, string>? last = null)
    {
        var text = new StringBuilder("id,amount,label\n");
        for (var i = 0; i < rows; i++)
            text.Append(i).Append(',').Append(i == rows - 1 && last is not null ? last(i) : (i * 7 % 1000).ToString()).Append(",L").Append(i % 5).Append('\n');
        return text.ToString();
    }

    [Fact]
    public async Task Import_StoresRealTableTypesAndCatalog()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("p.csv", "name,mass,ok,day\nAdelie,3.5,true,2024-01-02\nGentoo,,false,2024-01-03\n");
        var info = await temp.Datasets.ImportAsync("penguins", path, new ReadOptions());
        Assert.Equal(2, info.Rows);
        Assert.Equal("p.csv", info.Source);
        Assert.Equal(64, info.Fingerprint.Length);
        Assert.Equal([("name", ColumnType.Text), ("mass", ColumnType.Real), ("ok", ColumnType.Boolean), ("day", ColumnType.Date)],
            info.Columns.Select(c => (c.Name, c.Type is ColumnType.Categorical ? ColumnType.Text : c.Type)).ToList());
        Assert.Equal(1, info.Columns[1].Missing);
        Assert.Equal("real", temp.Scalar("SELECT COUNT(*) FROM penguins WHERE typeof(mass) = 'real';") == 1 ? "real" : "other");
        Assert.Equal(1, temp.Scalar("SELECT ok FROM penguins WHERE name = 'Adelie';"));
        var again = await temp.Datasets.GetAsync("PENGUINS");
        Assert.Equal((info.Id, info.Name, info.Fingerprint, info.Rows), (again!.Id, again.Name, again.Fingerprint, again.Rows));
        Assert.Equal(info.Columns, again.Columns);
    }

    [Fact]
    public async Task BadValueOnLastRowWithTypeOverride_RollsBackEverything()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("big.csv", Csv(100_000, _ => "abc"));
        var schema = new[] { new ColumnSchema("id", ColumnType.Integer), new ColumnSchema("amount", ColumnType.Integer), new ColumnSchema("label", ColumnType.Categorical) };
        var tablesBefore = temp.Tables();
        var e = await Assert.ThrowsAsync<DataImportException>(() => temp.Datasets.ImportAsync("big", path, new ReadOptions(), schema));
        Assert.Equal("Line 100001, column 'amount': 'abc' is not a valid integer. Choose Text or Categorical for this column, or fix the value.", e.Message);
        Assert.Equal(100_001, e.Line);
        Assert.Equal(tablesBefore, temp.Tables());
        Assert.Empty(await temp.Datasets.ListAsync());
        Assert.Equal(0, temp.Scalar("SELECT COUNT(*) FROM wb_columns;"));
    }

    [Fact]
    public async Task BadValueAfterMultilineField_NamesTheFileLine()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("m.csv", "n,note\n1,\"two\nlines\"\n2,ok\nx,bad\n");
        var e = await Assert.ThrowsAsync<DataImportException>(() => temp.Datasets.ImportAsync("m", path, new ReadOptions(),
            [new ColumnSchema("n", ColumnType.Integer), new ColumnSchema("note", ColumnType.Text)]));
        Assert.StartsWith("Line 5, column 'n': 'x' is not a valid integer.", e.Message);
        Assert.Empty(await temp.Datasets.ListAsync());
    }

    [Fact]
    public async Task CancelAtHalfway_LeavesWorkspaceUnchanged()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("existing", TempWorkspace.Table("t", DataColumn.Numeric("x", ColumnType.Integer, [1])), "test");
        var path = temp.WriteFile("big.csv", Csv(200_000));
        var schema = new[] { new ColumnSchema("id", ColumnType.Integer), new ColumnSchema("amount", ColumnType.Integer), new ColumnSchema("label", ColumnType.Text) };
        using var cancel = new CancellationTokenSource();
        var seen = 0.0;
        var progress = new SyncProgress(p => { seen = p; if (p >= 0.5) cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            temp.Datasets.ImportAsync("big", path, new ReadOptions(), schema, null, progress, cancel.Token));
        Assert.InRange(seen, 0.5, 0.99);
        Assert.Equal(["existing"], (await temp.Datasets.ListAsync()).Select(d => d.Name));
        Assert.DoesNotContain("big", temp.Tables());
    }

    [Fact]
    public async Task ReadsDuringAnImport_SeeTheWorkspaceAsBefore()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("other", TempWorkspace.Table("o", DataColumn.Numeric("x", ColumnType.Integer, [1, 2, 3])), "test");
        var path = temp.WriteFile("big.csv", Csv(150_000));
        var import = temp.Datasets.ImportAsync("big", path, new ReadOptions());
        var reads = 0;
        while (!import.IsCompleted)
        {
            var page = await temp.Datasets.QueryPageAsync("other", new PageRequest(0, 10));
            Assert.Equal(3, page.TotalRows);
            var console = await temp.Console().ExecuteAsync("SELECT COUNT(*) FROM wb_datasets");
            Assert.Contains(console.Rows[0][0], new[] { "1", "2" });
            reads++;
        }
        Assert.Equal(150_000, (await import).Rows);
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task TakenName_IsRefusedIgnoringCase()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("a.csv", Csv(3));
        await temp.Datasets.ImportAsync("Sales", path, new ReadOptions());
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.ImportAsync("sales", path, new ReadOptions()));
        Assert.Contains("already exists", e.Message);
        Assert.Single(await temp.Datasets.ListAsync());
    }

    [Fact]
    public async Task ReservedOrInvalidName_IsRefusedBeforeReading()
    {
        using var temp = new TempWorkspace();
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.ImportAsync("wb_log", "/nonexistent.csv", new ReadOptions()));
        await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.ImportAsync("x\"; DROP TABLE wb_log;--", "/nonexistent.csv", new ReadOptions()));
        Assert.Contains("wb_log", temp.Tables());
    }

    [Fact]
    public async Task SchemaThatDoesNotMatchFile_IsRefused()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("a.csv", Csv(3));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.ImportAsync("a", path, new ReadOptions(),
            [new ColumnSchema("id", ColumnType.Integer)]));
        Assert.Contains("has 1 columns but the file has 3", e.Message);
        Assert.Empty(await temp.Datasets.ListAsync());
    }

    [Fact]
    public async Task IdenticalContent_GivesSameFingerprintAndDifferentContentDiffers()
    {
        using var temp = new TempWorkspace();
        var a = await temp.Datasets.ImportAsync("a", temp.WriteFile("a.csv", Csv(1000)), new ReadOptions());
        var b = await temp.Datasets.ImportAsync("b", temp.WriteFile("b.csv", Csv(1000)), new ReadOptions());
        var c = await temp.Datasets.ImportAsync("c", temp.WriteFile("c.csv", Csv(1000, _ => "1")), new ReadOptions());
        var d = await temp.Datasets.ImportAsync("d", temp.WriteFile("d.csv", Csv(1000).Replace("id,amount", "id,amount2")), new ReadOptions());
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.NotEqual(a.Fingerprint, d.Fingerprint);
        var loaded = await temp.Datasets.LoadAsync("a");
        var saved = await temp.Datasets.SaveAsync("e", loaded, "copy");
        Assert.Equal(a.Fingerprint, saved.Fingerprint);
    }

    [Fact]
    public async Task HostileColumnNamesAndValues_AreStoredAndReturnedExactly()
    {
        using var temp = new TempWorkspace();
        string[] names = ["<script>alert(1)</script>", "a\"b", "x'); DROP TABLE wb_datasets;--", "rowid", "sp ace", "ünï"];
        string?[] values = ["<b>bold</b>", "say \"hi\"", "'; DROP TABLE hostile; --", "a,b\nc", null, "emoji 🙂"];
        var data = TempWorkspace.Table("h", names.Select(n => DataColumn.Text(n, ColumnType.Text, values)).ToArray());
        await temp.Datasets.SaveAsync("hostile", data, "<img src=x onerror=alert(1)>");
        var info = (await temp.Datasets.GetAsync("hostile"))!;
        Assert.Equal(names, info.Columns.Select(c => c.Name));
        Assert.Equal("<img src=x onerror=alert(1)>", info.Source);
        var page = await temp.Datasets.QueryPageAsync("hostile", new PageRequest(0, 100));
        Assert.Equal(names, page.Columns);
        Assert.Equal(values, page.Rows.Select(r => r[0]));
        var loaded = await temp.Datasets.LoadAsync("hostile");
        Assert.All(loaded.Columns, c => Assert.Equal(values, c.Strings));
        Assert.Contains("wb_datasets", temp.Tables());
    }

    [Fact]
    public async Task HostileHeadersInCsv_AreImportedExactly()
    {
        using var temp = new TempWorkspace();
        var path = temp.WriteFile("h.csv", "\"<b>x</b>\",\"q\"\"uote\",\"'); DROP TABLE t;--\"\n\"<i>v</i>\",\"a \"\"b\"\"\",\"c,d\"\n");
        var info = await temp.Datasets.ImportAsync("h", path, new ReadOptions());
        Assert.Equal(["<b>x</b>", "q\"uote", "'); DROP TABLE t;--"], info.Columns.Select(c => c.Name));
        var page = await temp.Datasets.QueryPageAsync("h", new PageRequest(0, 10));
        Assert.Equal(new string?[] { "<i>v</i>", "a \"b\"", "c,d" }.AsEnumerable(), page.Rows[0]);
    }

    [Fact]
    public async Task MalformedFile_IsRefusedAndNothingWritten()
    {
        using var temp = new TempWorkspace();
        var e = await Assert.ThrowsAsync<DataImportException>(() => temp.Datasets.ImportAsync("bad", temp.WriteFile("e.csv", "a,b\n"), new ReadOptions()));
        Assert.Contains("no rows", e.Message);
        await Assert.ThrowsAsync<DataImportException>(() => temp.Datasets.ImportAsync("bad", temp.WriteFile("r.csv", "a,b\n1,2\n3\n"), new ReadOptions()));
        Assert.Empty(await temp.Datasets.ListAsync());
        Assert.DoesNotContain("bad", temp.Tables());
    }

    [Fact]
    public async Task EmptyTable_IsSavedAndBrowsable()
    {
        using var temp = new TempWorkspace();
        var info = await temp.Datasets.SaveAsync("empty", TempWorkspace.Table("e", DataColumn.Numeric("a", ColumnType.Real, []), DataColumn.Text("b", ColumnType.Text, [])), "test");
        Assert.Equal(0, info.Rows);
        Assert.Equal(0, (await temp.Datasets.QueryPageAsync("empty", new PageRequest(0, 10, "a"))).TotalRows);
        Assert.Equal(0, (await temp.Datasets.LoadAsync("empty")).RowCount);
        Assert.InRange(await temp.Datasets.GetSizeBytesAsync("empty"), 0, 4096);
    }

    [Fact]
    public async Task WideFile_ImportsAndTooWideIsRefusedClearly()
    {
        using var temp = new TempWorkspace();
        static string Wide(int columns) =>
            string.Join(",", Enumerable.Range(0, columns).Select(i => "c" + i)) + "\n" +
            string.Join("\n", Enumerable.Range(0, 40).Select(r => string.Join(",", Enumerable.Range(0, columns).Select(i => (r * i).ToString())))) + "\n";
        var wide = await temp.Datasets.ImportAsync("wide", temp.WriteFile("w.csv", Wide(1500)), new ReadOptions());
        Assert.Equal((40, 1500), (wide.Rows, wide.Columns.Count));
        Assert.Equal(39 * 1499, temp.Scalar("SELECT c1499 FROM wide ORDER BY rowid DESC LIMIT 1;"));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.ImportAsync("wider", temp.WriteFile("x.csv", Wide(2500)), new ReadOptions()));
        Assert.Equal("The data has 2500 columns, but a workspace table holds at most 2000. Remove the columns you do not need and import again.", e.Message);
        Assert.Equal(["wide"], (await temp.Datasets.ListAsync()).Select(d => d.Name));
    }

    [Fact]
    public async Task SaveWithoutColumns_IsRefused()
    {
        using var temp = new TempWorkspace();
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.SaveAsync("none", TempWorkspace.Table("none"), "test"));
        Assert.Contains("at least one column", e.Message);
    }

    [Fact]
    public async Task SaveWithDuplicateColumnNames_IsRefused()
    {
        using var temp = new TempWorkspace();
        var data = TempWorkspace.Table("d", DataColumn.Numeric("x", ColumnType.Real, [1]), DataColumn.Numeric("X", ColumnType.Real, [2]));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => temp.Datasets.SaveAsync("d", data, "test"));
        Assert.Contains("appears twice", e.Message);
        Assert.Empty(await temp.Datasets.ListAsync());
    }
}
