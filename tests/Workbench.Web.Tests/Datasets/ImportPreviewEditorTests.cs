using Bunit;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Web.Datasets;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Datasets;

public class ImportPreviewEditorTests : ComponentTestContext
{
    private static ImportPreview Preview(params InferredColumn[] columns) =>
        new(DataFormat.Csv, columns, [columns.Select(c => c.Examples.FirstOrDefault()).ToArray()], 3);

    private IRenderedComponent<ImportPreviewEditor> RenderEditor(ImportPreview preview, Action<DatasetInfo>? imported = null) =>
        RenderWithPopovers<ImportPreviewEditor>(p => p
            .Add(x => x.Preview, preview)
            .Add(x => x.FilePath, "/tmp/upload.csv")
            .Add(x => x.SourceName, "my penguins.csv")
            .Add(x => x.OnImported, info => imported?.Invoke(info)));

    [Fact]
    public void TypeOverride_ChangesSchemaPassedToImport()
    {
        var cut = RenderEditor(Preview(
            new InferredColumn("id", ColumnType.Integer, 0, 3, ["1", "2", "3"]),
            new InferredColumn("zip", ColumnType.Integer, 1, 2, ["4000", "4020"])));
        DatasetInfo? imported = null;
        cut.Render(p => p.Add(x => x.OnImported, info => imported = info));

        var zipType = cut.FindComponents<MudSelect<ColumnType>>()[1];
        cut.InvokeAsync(() => zipType.Instance.ValueChanged.InvokeAsync(ColumnType.Categorical));
        cut.Click("#import-save");

        Assert.NotNull(Store.LastImport);
        var (name, path, schema) = Store.LastImport!.Value;
        Assert.Equal("my_penguins", name);
        Assert.Equal("/tmp/upload.csv", path);
        Assert.Equal([new ColumnSchema("id", ColumnType.Integer), new ColumnSchema("zip", ColumnType.Categorical)], schema);
        Assert.Equal("my_penguins", imported?.Name);
    }

    [Fact]
    public void ImportFailure_ShowsTheStoreMessageAndRaisesNothing()
    {
        Store.ImportFailure = new DataImportException("Line 7 has 3 fields but the header has 2. Quote fields that contain the delimiter.", 7);
        DatasetInfo? imported = null;
        var cut = RenderEditor(Preview(new InferredColumn("a", ColumnType.Text, 0, 1, ["x"])), i => imported = i);

        cut.Click("#import-save");

        cut.WaitForAssertion(() => Assert.Contains("Line 7 has 3 fields", cut.Find("#import-error").TextContent));
        Assert.Contains("Nothing was saved", cut.Find("#import-error").TextContent);
        Assert.Null(imported);
    }

    [Fact]
    public void InvalidName_DisablesSave()
    {
        var cut = RenderEditor(Preview(new InferredColumn("a", ColumnType.Text, 0, 1, ["x"])));

        cut.InvokeAsync(() => cut.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("   "));

        // The field shows the workspace's own message, the one an import with this name would fail with.
        var expected = Assert.Throws<WorkspaceException>(() => DatasetNames.Validate("   ")).Message;
        Assert.True(cut.Find("#import-save").HasAttribute("disabled"));
        Assert.Contains(expected, cut.Markup);
    }

    [Fact]
    public void HostileColumnNameAndValue_AreShownAsText()
    {
        const string hostile = "<script>alert('x')</script>\"; DROP TABLE t; --";
        var cut = RenderEditor(Preview(new InferredColumn(hostile, ColumnType.Text, 0, 1, ["<img src=x onerror=alert(1)>"])));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains(hostile, cut.Find(".wb-colname").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup);
    }
}
