using Workbench.Cli.Output;

namespace Workbench.Cli.Tests.Commands;

/// <summary>An export never destroys data, and its cells are safe to open in a spreadsheet.</summary>
public sealed class ExportSafetyTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(cli.Folder, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        cli.Dispose();
    }

    private async Task<byte[]> ImportAsync(string csv = "city,temp\nOslo,3.5\nLima,-2\n")
    {
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("in.csv", csv), "--name", "towns");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return File.ReadAllBytes(cli.Workspace);
    }

    private void AssertNoPartialFiles() =>
        Assert.Empty(Directory.EnumerateFiles(cli.Folder, "*.partial", SearchOption.AllDirectories));

    [Fact]
    public async Task ExportToTheWorkspace_IsRefusedAndChangesNoByte()
    {
        var before = await ImportAsync();

        var line = (await cli.RunAsync("datasets", "export", "towns", "--out", cli.Workspace, "--force")).AssertUsageError();

        Assert.Contains("is the workspace", line);
        Assert.Equal(before, File.ReadAllBytes(cli.Workspace));
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task ExportToTheWorkspaceThroughDotDot_IsRefused()
    {
        var before = await ImportAsync();
        Directory.CreateDirectory(Path.Combine(cli.Folder, "x"));

        (await cli.RunAsync("datasets", "export", "towns", "--out", Path.Combine(cli.Folder, "x", "..", "workspace.db"), "--force"))
            .AssertUsageError();

        Assert.Equal(before, File.ReadAllBytes(cli.Workspace));
    }

    [Fact]
    public async Task ExportThroughASymlink_IsRefused()
    {
        var before = await ImportAsync();
        var link = Path.Combine(cli.Folder, "alias.csv");
        File.CreateSymbolicLink(link, cli.Workspace);
        var folderLink = Path.Combine(cli.Folder, "sub");
        Directory.CreateDirectory(Path.Combine(cli.Folder, "real", "deeper"));
        Directory.CreateSymbolicLink(folderLink, Path.Combine(cli.Folder, "real", "deeper"));

        (await cli.RunAsync("datasets", "export", "towns", "--out", link, "--force")).AssertUsageError();
        // sub/.. is "real" (beside the link's target), not the folder holding the link, so this one is allowed ...
        var beside = await cli.RunJsonAsync("datasets", "export", "towns", "--out", Path.Combine(folderLink, "..", "workspace.db"));
        Assert.Equal(Path.Combine(cli.Folder, "real", "workspace.db"), beside.GetProperty("out").GetString());
        // ... and a link to the workspace's folder followed by .. back to it is refused.
        var back = Path.Combine(cli.Folder, "back");
        Directory.CreateSymbolicLink(back, Path.Combine(cli.Folder, "real"));
        (await cli.RunAsync("datasets", "export", "towns", "--out", Path.Combine(back, "..", "workspace.db"), "--force")).AssertUsageError();

        Assert.Equal(before, File.ReadAllBytes(cli.Workspace));
    }

    [Theory]
    [InlineData("-wal")]
    [InlineData("-shm")]
    [InlineData("-journal")]
    public async Task ExportToAJournalFile_IsRefused(string suffix)
    {
        await ImportAsync();

        var line = (await cli.RunAsync("datasets", "export", "towns", "--out", cli.Workspace + suffix, "--force")).AssertUsageError();

        Assert.Contains(suffix[1..], line);
        Assert.False(File.Exists(cli.Workspace + suffix) && File.ReadAllText(cli.Workspace + suffix).StartsWith("city"));
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task ExistingFile_IsReplacedOnlyWithForce()
    {
        await ImportAsync();
        var target = cli.WriteFile("old.csv", "keep me");

        var line = (await cli.RunAsync("datasets", "export", "towns", "--out", target)).AssertUsageError();
        Assert.Contains("--force", line);
        Assert.Equal("keep me", File.ReadAllText(target));

        await cli.RunJsonAsync("datasets", "export", "towns", "--out", target, "--force");
        Assert.StartsWith("city,temp", File.ReadAllText(target));
        AssertNoPartialFiles();
    }

    [Fact]
    public async Task ReadOnlyFile_IsNeverReplaced()
    {
        await ImportAsync();
        var target = cli.WriteFile("locked.csv", "keep me");
        File.SetUnixFileMode(target, UnixFileMode.UserRead);

        var line = (await cli.RunAsync("datasets", "export", "towns", "--out", target, "--force")).AssertUsageError();

        Assert.Contains("read-only", line);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Fact]
    public async Task PredictOverItsInput_IsRefused()
    {
        var input = cli.WriteFile("rows.csv", "a\n1\n");

        (await cli.RunAsync("predict", "--run", "r1", "--input", input, "--out", input, "--force")).AssertUsageError();

        Assert.Equal("a\n1\n", File.ReadAllText(input));
    }

    [Fact]
    public void FailureMidWrite_LeavesTheOldFileWhole()
    {
        var target = cli.WriteFile("report.csv", "old content");

        using (var file = SafeOutputFile.Create(SafeOutputFile.Check(target, overwrite: true, cli.Workspace), overwrite: true))
        {
            file.Stream.Write("new, half"u8);
            file.Stream.Flush();
            Assert.Single(Directory.EnumerateFiles(cli.Folder, ".report.csv.*.partial"));
            // An exception here: the file is disposed without Commit.
        }

        Assert.Equal("old content", File.ReadAllText(target));
        AssertNoPartialFiles();
    }

    [Fact]
    public void PartialOfADeadProcess_IsRemovedByTheNextWrite()
    {
        var stale = cli.WriteFile($".out.csv.{int.MaxValue - 7}-0123.partial", "half");

        using (var file = SafeOutputFile.Create(SafeOutputFile.Check(Path.Combine(cli.Folder, "out.csv"), false, null), false))
        {
            file.Stream.Write("x"u8);
            file.Commit();
        }

        Assert.False(File.Exists(stale));
        Assert.Equal("x", File.ReadAllText(Path.Combine(cli.Folder, "out.csv")));
    }

    [Fact]
    public async Task FormulaCells_AreEscapedAndNumbersAreNot()
    {
        await ImportAsync("name,note,value\n=SUM(A1),-1+2,-3.5\n@cmd,+41,2\n\"\tx\",plain,-7\n");
        var target = Path.Combine(cli.Folder, "out.csv");

        await cli.RunJsonAsync("datasets", "export", "towns", "--out", target);

        Assert.Equal("name,note,value\r\n\"'=SUM(A1)\",\"'-1+2\",-3.5\r\n\"'@cmd\",+41,2\r\n\"'\tx\",plain,-7\r\n",
            File.ReadAllText(target));
    }

    [Fact]
    public async Task NoFormulaEscape_WritesCellsAsTheyAre()
    {
        await ImportAsync("name,value\n=SUM(A1),-3.5\n-1+2,1\n");
        var target = Path.Combine(cli.Folder, "out.csv");

        await cli.RunJsonAsync("datasets", "export", "towns", "--out", target, "--no-formula-escape");

        Assert.Equal("name,value\r\n=SUM(A1),-3.5\r\n-1+2,1\r\n", File.ReadAllText(target));
    }
}
