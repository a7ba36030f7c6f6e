using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Workspace.Datasets;

namespace Workbench.E2E;

/// <summary>The dataset flow a student follows: upload a file in the browser, see it in the grid, profile it and see
/// the charts drawn; and what happens to a malformed or hostile file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DatasetFlowTests(BrowserFixture fixture)
{
    private IDatasetStore Store => fixture.Server.Services.GetRequiredService<IDatasetStore>();

    [Fact]
    public async Task LongCell_IsCutInTheGridWithItsLengthAndDownloadsWhole()
    {
        var whole = string.Concat(Enumerable.Repeat("abcdefghij", 20_000)); // 200,000 characters
        await Store.SaveAsync("long_cell", new Workbench.Ml.Data.TabularData("long_cell", [
            Workbench.Ml.Data.DataColumn.Numeric("id", Workbench.Ml.Data.ColumnType.Integer, [1, 2]),
            Workbench.Ml.Data.DataColumn.Text("note", Workbench.Ml.Data.ColumnType.Text, ["short", whole])]), "test");
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;

        await session.GotoAsync("/datasets/long_cell");
        var cut = page.Locator("#browse-grid .wb-cut");
        await cut.WaitForAsync();

        Assert.Equal("… of 200,000 characters · download it", await cut.InnerTextAsync());
        Assert.Equal(500, (await page.Locator("#browse-grid .wb-cell-text").TextContentAsync())!.Length);
        var href = await page.Locator("#browse-grid a.wb-cell-download").GetAttributeAsync("href");
        using var http = new HttpClient();
        using var response = await http.GetAsync(fixture.BaseUrl + "/" + href);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole, await response.Content.ReadAsStringAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "long-cell-grid");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task UploadedCsv_AppearsInGridAndItsProfileDrawsCharts()
    {
        var file = WriteFile("trees.csv", "species,height,girth,planted\noak,12.5,1.1,2001-04-03\nbirch,8.25,0.4,2003-05-01\n" +
            "oak,14,1.3,1999-03-30\nmaple,10.75,0.8,NA\nbirch,7.5,0.35,2004-06-12\n");
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/datasets");
        await page.Locator("#upload-panel input[type=file]").SetInputFilesAsync(file);
        await page.Locator("#import-preview").WaitForAsync();
        await page.Locator("#import-name").FillAsync("trees_e2e");
        await page.Locator("#import-save").ClickAsync();
        await page.Locator("#datasets-table").GetByText("trees_e2e").First.WaitForAsync();

        var saved = await Store.GetAsync("trees_e2e");
        Assert.NotNull(saved);
        Assert.Equal(5, saved.Rows);
        Assert.Equal(["species", "height", "girth", "planted"], saved.Columns.Select(c => c.Name));

        await session.GotoAsync("/datasets/trees_e2e");
        await page.Locator("#browse-grid").GetByText("maple").First.WaitForAsync();
        await page.Locator("#browse-grid").GetByText("10.75").First.WaitForAsync();
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "flow-grid");

        await session.GotoAsync("/datasets/trees_e2e/profile");
        var start = page.Locator("#profile-start");
        if (await start.CountAsync() > 0) await start.ClickAsync();
        await page.Locator("#overview-cards").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Variables" }).ClickAsync();
        await page.Locator(".js-plotly-plot .main-svg").First.WaitForAsync();
        Assert.True(await page.Locator(".js-plotly-plot .main-svg").CountAsync() >= 3, "one chart per column");
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "flow-profile");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ValueOverTheFieldLimit_ShowsItsLineAndColumnAndSavesNothing()
    {
        var before = (await Store.ListAsync()).Select(d => d.Fingerprint).ToList();
        var file = WriteFile("huge_cell.csv", "id,notes\n1,fine\n2," + new string('x', 1_100_000) + "\n");
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync("/datasets");
        await session.Page.Locator("#upload-panel input[type=file]").SetInputFilesAsync(file);
        var message = session.Page.Locator("#upload-message");
        await message.WaitForAsync();

        Assert.Contains("Line 3, column 'notes': a value of 1,100,000 characters is longer than the import limit of 1,048,576",
            await message.TextContentAsync() ?? "");
        Assert.Equal(0, await session.Page.Locator("#import-preview").CountAsync());
        Assert.Equal(before, (await Store.ListAsync()).Select(d => d.Fingerprint).ToList());
        await session.ScreenshotAsync(fixture.ScreenshotFolder, "upload-huge-cell");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task RaggedCsv_ShowsTheLineAndSavesNothing()
    {
        var before = (await Store.ListAsync()).Select(d => d.Fingerprint).ToList();
        var file = WriteFile("ragged.csv", "a,b,c\n1,2,3\n4,5,6,7\n");
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync("/datasets");
        await session.Page.Locator("#upload-panel input[type=file]").SetInputFilesAsync(file);
        var message = session.Page.Locator("#upload-message");
        await message.WaitForAsync();
        var text = await message.TextContentAsync() ?? "";
        Assert.Contains("Line 3", text);
        Assert.Equal(0, await session.Page.Locator("#import-preview").CountAsync());
        Assert.Equal(before, (await Store.ListAsync()).Select(d => d.Fingerprint).ToList());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task HostileNamesAndValues_AreShownAsText()
    {
        const string header = "<script>alert(1)</script>";
        const string value = "<img src=x onerror=alert(2)>";
        var file = WriteFile("hostile.csv", $"{header},\"x\"\"; DROP TABLE t; --\",n\n\"{value}\",\"Robert'); DROP TABLE wb_datasets;--\",1\n");
        await using var session = await fixture.NewPageAsync();
        var page = session.Page;
        await session.GotoAsync("/datasets");
        await page.Locator("#upload-panel input[type=file]").SetInputFilesAsync(file);
        await page.Locator("#import-preview").WaitForAsync();
        await page.Locator("#import-name").FillAsync("hostile_e2e");
        await page.Locator("#import-save").ClickAsync();
        await page.Locator("#datasets-table").GetByText("hostile_e2e").First.WaitForAsync();

        await session.GotoAsync("/datasets/hostile_e2e");
        await page.Locator("#browse-grid").GetByText(value).First.WaitForAsync();
        Assert.True(await page.GetByText(header).CountAsync() > 0, "the column name is shown as text");
        Assert.Equal(0, await page.Locator("#browse-grid img").CountAsync());
        Assert.Equal(0, await page.Locator("#browse-grid script").CountAsync());
        Assert.NotNull(await Store.GetAsync("penguins"));
        Assert.Empty(session.Errors);
    }

    private static string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("workbench-upload-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
