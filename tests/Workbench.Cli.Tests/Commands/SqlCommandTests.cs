using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Workbench.Cli.Tests.Commands;

public sealed class SqlCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task ImportPetsAsync() =>
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile("pets.csv", "name,age\nRex,3\nTom,5\nMia,1\n"), "--name", "pets");

    private string Checksum()
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(cli.Workspace)));
    }

    [Fact]
    public async Task Select_PrintsColumnsRowsAndWhyNothingIsMissing()
    {
        await ImportPetsAsync();

        var json = await cli.RunJsonAsync("sql", "SELECT name, age * 2 AS twice FROM pets ORDER BY age");

        Assert.Equal(["name", "twice"], json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([["Mia", "2"], ["Rex", "6"], ["Tom", "10"]],
            json.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetString()!).ToArray()));
        Assert.Equal("none", json.GetProperty("stoppedBy").GetString());
        Assert.Equal(0, json.GetProperty("cut").GetArrayLength());
    }

    [Theory]
    [InlineData("DELETE FROM pets", "DELETE is not allowed")]
    [InlineData("ATTACH DATABASE 'x.db' AS x", "ATTACH")]
    [InlineData("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = DELETE is not allowed")]
    [InlineData("SELECT 1; DROP TABLE pets", "exactly one statement")]
    public async Task Refusal_ExitsTwoAndLeavesEveryByteOfTheWorkspace(string sql, string message)
    {
        await ImportPetsAsync();
        var before = Checksum();

        var line = (await cli.RunAsync("sql", sql)).AssertUsageError();

        Assert.Contains(message, line);
        Assert.Equal(before, Checksum());
    }

    [Fact]
    public async Task MillionCharacterValues_AreCutAndTheResultStopsAtItsByteBudget()
    {
        await ImportPetsAsync();

        var json = await cli.RunJsonAsync("sql", "SELECT printf('%.999999c', 'x') AS big, name FROM pets",
            "--max-value-chars", "10", "--max-bytes", "50");

        // Each row holds 10 + 3 characters, 26 bytes: one row fits in 50 bytes, two do not.
        Assert.Equal(1, json.GetProperty("rowCount").GetInt32());
        Assert.Equal("bytes", json.GetProperty("stoppedBy").GetString());
        Assert.Equal("xxxxxxxxxx", json.GetProperty("rows")[0][0].GetString());
        var cut = Assert.Single(json.GetProperty("cut").EnumerateArray());
        Assert.Equal((0, 0, 999_999L), (cut.GetProperty("row").GetInt32(), cut.GetProperty("column").GetInt32(), cut.GetProperty("length").GetInt64()));
    }

    [Fact]
    public async Task RowCap_StopsAtTheCapAndSaysSo()
    {
        await ImportPetsAsync();

        var json = await cli.RunJsonAsync("sql", "SELECT * FROM pets", "--max-rows", "2");

        Assert.Equal(2, json.GetProperty("rowCount").GetInt32());
        Assert.Equal("rows", json.GetProperty("stoppedBy").GetString());
    }

    [Fact]
    public async Task EndlessQuery_IsStoppedAtTheTimeLimit()
    {
        await ImportPetsAsync();

        var line = (await cli.RunAsync("sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c",
            "--time-limit", "0.3")).AssertUsageError();

        Assert.Contains("longer than the console's limit of 0.3 s", line);
    }

    [Fact]
    public async Task NoWorkspace_IsUsageErrorAndCreatesNothing()
    {
        var line = (await cli.RunAsync("sql", "SELECT 1")).AssertUsageError();

        Assert.Contains("does not exist yet", line);
        Assert.False(File.Exists(cli.Workspace));
    }

    [Theory]
    [InlineData("--max-rows", "0")]
    [InlineData("--time-limit", "-1")]
    [InlineData("--max-bytes", "0")]
    public async Task LimitOutOfRange_IsUsageError(string option, string value)
    {
        await ImportPetsAsync();

        var line = (await cli.RunAsync("sql", "SELECT 1", option, value)).AssertUsageError();

        Assert.Contains(option, line);
    }
}
