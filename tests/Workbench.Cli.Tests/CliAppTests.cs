namespace Workbench.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("datasets", "--help")]
    [InlineData("datasets", "import", "--help")]
    [InlineData("datasets", "list", "--help")]
    [InlineData("datasets", "export", "--help")]
    [InlineData("datasets", "builtin", "--help")]
    [InlineData("datasets", "rename", "--help")]
    [InlineData("datasets", "delete", "--help")]
    [InlineData("profile", "--help")]
    [InlineData("bench", "import", "--help")]
    public async Task Help_ExitsZeroWithUsageAndCreatesNoWorkspace(params string[] args)
    {
        var result = await cli.RunAsync(args);

        Assert.Equal(0, result.Code);
        Assert.Contains("Usage:", result.Stdout);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task NoCommand_IsUsageError()
    {
        var line = (await cli.RunAsync()).AssertUsageError();

        Assert.Contains("workbench --help", line);
    }

    [Fact]
    public async Task UnknownCommand_IsUsageErrorNamingIt()
    {
        var line = (await cli.RunAsync("datasets", "frobnicate")).AssertUsageError();

        Assert.Contains("frobnicate", line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task MissingRequiredOption_IsUsageError()
    {
        var file = cli.WriteFile("a.csv", "x\n1\n");

        var line = (await cli.RunAsync("datasets", "import", file)).AssertUsageError();

        Assert.Contains("--name", line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Fact]
    public async Task WorkspaceThatIsNotADatabase_IsUsageErrorAndTheFileIsUntouched()
    {
        var notADatabase = cli.WriteFile("notes.txt", new string('x', 4096));
        var file = cli.WriteFile("a.csv", "x\n1\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["--workspace", notADatabase, "datasets", "import", file, "--name", "a"], stdout, stderr);

        Assert.Equal(2, code);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("notes.txt", stderr.ToString());
        Assert.Equal(new string('x', 4096), File.ReadAllText(notADatabase));
    }
}
