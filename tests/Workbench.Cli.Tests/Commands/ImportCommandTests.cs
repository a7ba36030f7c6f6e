using System.Text.Json;

namespace Workbench.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string People = "name,age,height,joined,member\nAda,36,1.65,2020-01-05,true\nBo,,1.80,2021-03-09,false\nCy,41,,2019-11-30,true\n";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task ValidCsv_PrintsNameRowsAndTypedColumns()
    {
        var file = cli.WriteFile("people.csv", People);

        var json = await cli.RunJsonAsync("datasets", "import", file, "--name", "people");

        Assert.Equal("people", json.GetProperty("name").GetString());
        Assert.Equal(3, json.GetProperty("rows").GetInt64());
        var columns = json.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetString(), c.GetProperty("missing").GetInt64()))
            .ToList();
        Assert.Equal([("name", "categorical", 0L), ("age", "integer", 1L), ("height", "real", 1L), ("joined", "date", 0L),
            ("member", "boolean", 0L)], columns);
    }

    [Fact]
    public async Task TypeOverride_IsApplied()
    {
        var file = cli.WriteFile("people.csv", People);

        var json = await cli.RunJsonAsync("datasets", "import", file, "--name", "people", "--type", "age=real", "--type", "name=categorical");

        var types = json.GetProperty("columns").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!, c => c.GetProperty("type").GetString());
        Assert.Equal("real", types["age"]);
        Assert.Equal("categorical", types["name"]);
    }

    [Fact]
    public async Task SemicolonDelimiter_IsUsedWhenGiven()
    {
        var file = cli.WriteFile("semi.txt", "a;b\n1;x\n2;y\n");

        var json = await cli.RunJsonAsync("datasets", "import", file, "--name", "semi", "--format", "csv", "--delimiter", ";");

        Assert.Equal(2, json.GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public async Task MissingFile_IsUsageErrorAndCreatesNoWorkspace()
    {
        var line = (await cli.RunAsync("datasets", "import", Path.Combine(cli.Folder, "nope.csv"), "--name", "x")).AssertUsageError();

        Assert.Contains("nope.csv", line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task FolderAsFile_IsUsageErrorAndCreatesNoWorkspace()
    {
        var line = (await cli.RunAsync("datasets", "import", cli.Folder, "--name", "x")).AssertUsageError();

        Assert.Contains("is a folder", line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task MalformedCsvIntoNewWorkspace_LeavesNoWorkspaceFile()
    {
        var file = cli.WriteFile("ragged.csv", "a,b\n1,2\n3\n4,5\n");

        var line = (await cli.RunAsync("datasets", "import", file, "--name", "ragged")).AssertUsageError();

        Assert.Contains("3", line); // the line of the short row
        Assert.False(File.Exists(cli.Workspace));
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n4,5\n")]          // ragged row
    [InlineData("a,a\n1,2\n")]                  // duplicate header
    [InlineData("")]                            // empty file
    [InlineData("a,b\n1,\"unclosed\n")]         // unterminated quote
    public async Task MalformedCsv_LeavesWorkspaceUnchanged(string content)
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("good.csv", People), "--name", "good");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "import", cli.WriteFile("bad.csv", content), "--name", "bad")).AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1st")]
    [InlineData("my data")]
    [InlineData("x;DROP TABLE wb_datasets")]
    [InlineData("sqlite_master")]
    [InlineData("wb_datasets")]
    public async Task BadName_IsUsageErrorAndLeavesWorkspaceUnchanged(string name)
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("good.csv", People), "--name", "good");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "import", cli.WriteFile("p.csv", People), "--name", name)).AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task BadNameIntoNewWorkspace_CreatesNoWorkspace()
    {
        (await cli.RunAsync("datasets", "import", cli.WriteFile("p.csv", People), "--name", "9lives")).AssertUsageError();

        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ExistingName_IsUsageErrorAndKeepsTheOriginal()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("good.csv", People), "--name", "people");
        var before = await cli.SnapshotAsync();

        var line = (await cli.RunAsync("datasets", "import", cli.WriteFile("other.csv", "z\n1\n"), "--name", "PEOPLE")).AssertUsageError();

        Assert.Contains("already exists", line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("age=number", "number")]
    [InlineData("age", "COLUMN=TYPE")]
    [InlineData("shoe=integer", "shoe")]
    public async Task BadType_IsUsageErrorAndLeavesWorkspaceUnchanged(string type, string expected)
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("good.csv", People), "--name", "good");
        var before = await cli.SnapshotAsync();

        var line = (await cli.RunAsync("datasets", "import", cli.WriteFile("p.csv", People), "--name", "p", "--type", type))
            .AssertUsageError();

        Assert.Contains(expected, line);
        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Fact]
    public async Task TypeThatValuesDoNotFit_IsUsageErrorAndLeavesWorkspaceUnchanged()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("good.csv", People), "--name", "good");
        var before = await cli.SnapshotAsync();

        (await cli.RunAsync("datasets", "import", cli.WriteFile("p.csv", People), "--name", "p", "--type", "name=integer"))
            .AssertUsageError();

        Assert.Equal(before, await cli.SnapshotAsync());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--delimiter", "ab")]
    public async Task BadFormatOrDelimiter_IsUsageErrorAndCreatesNoWorkspace(string option, string value)
    {
        var file = cli.WriteFile("p.csv", People);

        (await cli.RunAsync("datasets", "import", file, "--name", "p", option, value)).AssertUsageError();

        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task ValueOverTheFieldLimit_IsRefusedWithItsLineAndNothingIsWritten()
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("ok.csv", "a,b\n1,2\n"), "--name", "ok");
        var before = await cli.SnapshotAsync();
        var file = cli.WriteFile("big.csv", "id,notes\n1,fine\n2," + new string('x', 5000) + "\n");

        var line = (await cli.RunAsync("datasets", "import", file, "--name", "big", "--max-field-chars", "4000")).AssertUsageError();

        Assert.Contains("Line 3, column 'notes': a value of 5,000 characters is longer than the import limit of 4,000", line);
        Assert.Equal(before, await cli.SnapshotAsync());
        var json = await cli.RunJsonAsync("datasets", "import", file, "--name", "big", "--max-field-chars", "5000");
        Assert.Equal(2, json.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task FieldLimitBelowOne_IsUsageError()
    {
        var line = (await cli.RunAsync("datasets", "import", cli.WriteFile("ok.csv", "a\n1\n"), "--name", "ok", "--max-field-chars", "0")).AssertUsageError();

        Assert.Contains("--max-field-chars must be at least 1", line);
    }

    [Fact]
    public async Task HostileLongName_IsCutAndEscapedInTheMessage()
    {
        var name = "a\u202E" + new string('x', 10_000);

        var line = (await cli.RunAsync("datasets", "import", cli.WriteFile("ok.csv", "a\n1\n"), "--name", name)).AssertUsageError();

        Assert.Contains("'a\\u202E" + new string('x', 58) + "… (10,002 characters)' is not a valid dataset name", line);
        Assert.DoesNotContain('\u202E', line);
        Assert.True(line.Length < 400, $"the message is {line.Length} characters long");
    }
}
