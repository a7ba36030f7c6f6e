using System.Security.Cryptography;
using Workbench.Cli.Output;

namespace Workbench.Cli.Tests.Output;

/// <summary>The one rule for files a command writes: never the workspace, never an existing file without --force, never a
/// read-only file, and never a half-written file in place of the old one.</summary>
public sealed class SafeOutputFileTests : IDisposable
{
    private const string Csv = "species,mass\nAdelie,3750\nGentoo,5000\n";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task ImportAsync() =>
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("penguins.csv", Csv), "--name", "penguins");

    private string WorkspaceHash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(cli.Workspace)));

    [Fact]
    public async Task ExportOntoTheWorkspace_IsRefusedAndLeavesItsBytesUnchanged()
    {
        await ImportAsync();
        var before = WorkspaceHash();

        var line = (await cli.RunAsync("datasets", "export", "penguins", "--out", cli.Workspace, "--force")).AssertUsageError();

        Assert.Contains("workspace", line);
        Assert.Equal(before, WorkspaceHash());
        Assert.Contains("penguins", (await cli.RunAsync("datasets", "list")).Stdout);
    }

    [Fact]
    public async Task ExportOntoTheWorkspaceThroughDotDot_IsRefused()
    {
        await ImportAsync();
        Directory.CreateDirectory(Path.Combine(cli.Folder, "x"));
        var before = WorkspaceHash();

        (await cli.RunAsync("datasets", "export", "penguins", "--out", Path.Combine(cli.Folder, "x", "..", "workspace.db"), "--force"))
            .AssertUsageError();

        Assert.Equal(before, WorkspaceHash());
    }

    [Fact]
    public async Task ExportOntoASymlinkToTheWorkspaceOrItsFolder_IsRefused()
    {
        await ImportAsync();
        var before = WorkspaceHash();
        var fileLink = Path.Combine(cli.Folder, "link.csv");
        File.CreateSymbolicLink(fileLink, cli.Workspace);
        var folderLink = Path.Combine(cli.Folder, "alias");
        Directory.CreateSymbolicLink(folderLink, cli.Folder);

        (await cli.RunAsync("datasets", "export", "penguins", "--out", fileLink, "--force")).AssertUsageError();
        (await cli.RunAsync("datasets", "export", "penguins", "--out", Path.Combine(folderLink, "workspace.db"), "--force"))
            .AssertUsageError();

        Assert.Equal(before, WorkspaceHash());
    }

    [Theory]
    [InlineData("-wal")]
    [InlineData("-shm")]
    [InlineData("-journal")]
    public async Task ExportOntoAWorkspaceCompanionFile_IsRefused(string suffix)
    {
        await ImportAsync();
        var target = cli.Workspace + suffix;

        (await cli.RunAsync("datasets", "export", "penguins", "--out", target, "--force")).AssertUsageError();

        Assert.False(File.Exists(target) && File.ReadAllText(target).StartsWith("species"));
    }

    [Fact]
    public async Task ExportOntoAnExistingFile_NeedsForce()
    {
        await ImportAsync();
        var target = cli.WriteFile("old.csv", "keep me\n");

        var line = (await cli.RunAsync("datasets", "export", "penguins", "--out", target)).AssertUsageError();
        Assert.Contains("--force", line);
        Assert.Equal("keep me\n", File.ReadAllText(target));

        await cli.RunJsonAsync("datasets", "export", "penguins", "--out", target, "--force");
        Assert.StartsWith("species,mass", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial"));
    }

    [Fact]
    public async Task ExportOntoAReadOnlyFile_IsRefusedEvenWithForce()
    {
        await ImportAsync();
        var target = cli.WriteFile("locked.csv", "keep me\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var line = (await cli.RunAsync("datasets", "export", "penguins", "--out", target, "--force")).AssertUsageError();

        Assert.Contains("read-only", line);
        Assert.Equal("keep me\n", File.ReadAllText(target));
    }

    [Fact]
    public async Task PredictAndProfileOntoTheWorkspace_AreRefused()
    {
        await ImportAsync();
        var before = WorkspaceHash();

        (await cli.RunAsync("profile", "penguins", "--out", cli.Workspace, "--force")).AssertUsageError();
        (await cli.RunAsync("predict", "--run", "abcdefabcdef", "--input", cli.WriteFile("in.csv", Csv), "--out", cli.Workspace,
            "--force")).AssertUsageError();

        Assert.Equal(before, WorkspaceHash());
    }

    [Fact]
    public async Task FailedWrite_LeavesTheOldFileWholeAndNoTemporaryFile()
    {
        var target = cli.WriteFile("report.csv", "old content\n");

        await Assert.ThrowsAsync<IOException>(() => SafeOutputFile.WriteAsync(target, overwrite: true, async (stream, ct) =>
        {
            await stream.WriteAsync("new half"u8.ToArray(), ct);
            throw new IOException("disk full");
        }, CancellationToken.None));

        Assert.Equal("old content\n", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial"));
    }

    [Fact]
    public void RealPath_ResolvesLinksAlongThePath()
    {
        var real = Directory.CreateDirectory(Path.Combine(cli.Folder, "real")).FullName;
        var link = Path.Combine(cli.Folder, "link");
        Directory.CreateSymbolicLink(link, real);

        Assert.Equal(Path.Combine(RealPath.Resolve(real), "f.csv"), RealPath.Resolve(Path.Combine(link, "f.csv")));
    }
}
