using Workbench.Ml.Data;
using Workbench.Workspace.Sql;

namespace Workbench.Workspace.Tests.Sql;

public class SqlConsoleTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly SqlConsole _console;

    public SqlConsoleTests()
    {
        _temp.Datasets.SaveAsync("pets", TempWorkspace.Table("pets",
            DataColumn.Numeric("age", ColumnType.Integer, Enumerable.Range(0, 50).Select(i => (double)i).ToArray()),
            DataColumn.Text("name", ColumnType.Text, Enumerable.Range(0, 50).Select(i => i == 3 ? null : "<b>pet" + i + "</b>").ToArray())), "test").Wait();
        _console = _temp.Console();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Select_ReturnsColumnsAndDisplayText()
    {
        var result = await _console.ExecuteAsync("SELECT age, name, age * 1.5 AS x FROM pets WHERE age BETWEEN 2 AND 4 ORDER BY age");
        Assert.Equal(["age", "name", "x"], result.Columns);
        Assert.Equal([["2", "<b>pet2</b>", "3.0"], ["3", null, "4.5"], ["4", "<b>pet4</b>", "6.0"]], result.Rows);
        Assert.False(result.Truncated);
    }

    [Theory]
    [InlineData("INSERT INTO pets(age) VALUES (1)", "INSERT")]
    [InlineData("UPDATE pets SET age = 0", "UPDATE")]
    [InlineData("DELETE FROM pets", "DELETE")]
    [InlineData("DROP TABLE pets", "DROP TABLE")]
    [InlineData("CREATE TABLE x (a)", "CREATE TABLE")]
    [InlineData("CREATE VIEW v AS SELECT 1", "CREATE VIEW")]
    [InlineData("ALTER TABLE pets RENAME TO cats", "ALTER TABLE")]
    [InlineData("ATTACH DATABASE '/tmp/x.db' AS x", "ATTACH")]
    [InlineData("DETACH DATABASE main", "DETACH")]
    [InlineData("PRAGMA user_version = 5", "PRAGMA user_version = 5")]
    [InlineData("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode")]
    [InlineData("PRAGMA writable_schema = 1", "PRAGMA writable_schema")]
    [InlineData("SELECT load_extension('/tmp/evil.so')", "load_extension()")]
    [InlineData("WITH x AS (SELECT 1) DELETE FROM pets", "DELETE")]
    [InlineData("BEGIN", "a transaction")]
    public async Task Write_IsRefusedWithClearMessage(string sql, string what)
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync(sql));
        Assert.StartsWith("The SQL console is read-only: ", e.Message);
        Assert.Contains(what, e.Message);
        Assert.Equal(50, _temp.Scalar("SELECT COUNT(*) FROM pets;"));
        Assert.Equal(Workbench.Workspace.Migrations.WorkspaceMigrations.All.Max(m => m.Version), _temp.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task InsertMessage_IsExact()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync("insert into pets(age) values (7)"));
        Assert.Equal("The SQL console is read-only: INSERT is not allowed.", e.Message);
    }

    [Fact]
    public async Task Vacuum_IsRefused()
    {
        await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync("VACUUM"));
        await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync($"VACUUM INTO '{Path.Combine(_temp.Folder, "copy.db")}'"));
        Assert.False(File.Exists(Path.Combine(_temp.Folder, "copy.db")));
    }

    [Theory]
    [InlineData("SELECT 1; DROP TABLE pets")]
    [InlineData("SELECT 1; SELECT 2")]
    [InlineData("SELECT 1;;SELECT 2")]
    public async Task TwoStatements_AreRefused(string sql)
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync(sql));
        Assert.Contains("exactly one statement", e.Message);
        Assert.Contains("pets", _temp.Tables());
    }

    [Fact]
    public async Task TrailingSemicolonAndComment_AreAllowed()
    {
        var result = await _console.ExecuteAsync("SELECT COUNT(*) AS n FROM pets; -- how many?\n");
        Assert.Equal("50", result.Rows[0][0]);
    }

    [Fact]
    public async Task InformationalPragmas_AreAllowed()
    {
        var info = await _console.ExecuteAsync("PRAGMA table_info(pets)");
        Assert.Equal(["age", "name"], info.Rows.Select(r => r[1]));
        var version = await _console.ExecuteAsync("PRAGMA user_version");
        Assert.Equal(Workbench.Workspace.Migrations.WorkspaceMigrations.All.Max(m => m.Version).ToString(System.Globalization.CultureInfo.InvariantCulture), version.Rows[0][0]);
        var tableValued = await _console.ExecuteAsync("SELECT name FROM pragma_table_info('pets') ORDER BY cid");
        Assert.Equal(["age", "name"], tableValued.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task RowCap_TruncatesAndSaysSo()
    {
        var result = await _console.ExecuteAsync("SELECT * FROM pets", new SqlConsoleOptions(TimeSpan.FromSeconds(5), 10));
        Assert.Equal(10, result.Rows.Count);
        Assert.True(result.Truncated);
        var exact = await _console.ExecuteAsync("SELECT * FROM pets", new SqlConsoleOptions(TimeSpan.FromSeconds(5), 50));
        Assert.False(exact.Truncated);
    }

    [Fact]
    public async Task LongQuery_IsStoppedAtTheTimeLimit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c",
            new SqlConsoleOptions(TimeSpan.FromMilliseconds(300), 100)));
        Assert.Contains("longer than the console's limit of 0.3 s", e.Message);
        Assert.InRange(clock.ElapsedMilliseconds, 250, 5000);
    }

    [Theory]
    [InlineData("SELEC 1", "The query has an error")]
    [InlineData("SELECT * FROM nothing_here", "no such table")]
    [InlineData("   ", "Type a query")]
    [InlineData("-- only a comment", "The query is empty")]
    public async Task BadQuery_GetsClearMessage(string sql, string message)
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync(sql));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task HugeValue_IsRefusedInsteadOfAllocated()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync("SELECT length(zeroblob(1000000000))"));
        Assert.Contains("too big", e.Message);
    }

    [Fact]
    public async Task ThousandRowsOfMillionCharacterValues_AreCutForDisplayWithTheirFullLength()
    {
        // SQLite itself takes a second or two to build a gigabyte of text; the time limit is not what this test is about.
        var result = await _console.ExecuteAsync(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) SELECT x, printf('%.999999c', 'x') AS big FROM c",
            SqlConsoleOptions.Default with { TimeLimit = TimeSpan.FromSeconds(120) });

        Assert.Equal(1000, result.Rows.Count);
        Assert.Equal(SqlStop.None, result.StoppedBy);
        Assert.All(result.Rows, r => Assert.Equal(new string('x', 1000), r[1]));
        Assert.Equal(1000, result.CutValues.Count);
        Assert.All(result.CutValues, c => Assert.Equal((1, 999_999L), (c.Column, c.Length)));
        Assert.Equal("1000", result.Rows[^1][0]);
    }

    [Fact]
    public async Task ResultOverTheByteBudget_StopsAndSaysWhy()
    {
        var options = SqlConsoleOptions.Default with { MaxBytes = 100_000 };

        var result = await _console.ExecuteAsync(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) SELECT printf('%.5000c', 'y') FROM c", options);

        // Each value is cut to 1,000 characters (2,000 bytes): 50 rows fit in 100,000 bytes.
        Assert.Equal(50, result.Rows.Count);
        Assert.Equal(SqlStop.Bytes, result.StoppedBy);
        Assert.True(result.Truncated);
        Assert.All(result.CutValues, c => Assert.InRange(c.Row, 0, 49));
    }

    [Fact]
    public async Task MultibyteValue_IsCutAtACharacterAndCountedInCharacters()
    {
        var options = SqlConsoleOptions.Default with { MaxValueChars = 3 };

        var result = await _console.ExecuteAsync("SELECT 'éé😀ab', 'abc', NULL, 12.5", options);

        Assert.Equal("éé", result.Rows[0][0]);
        Assert.Equal(new CutValue(0, 0, 6), Assert.Single(result.CutValues)); // 😀 is two UTF-16 characters
        Assert.Equal(new string?[] { "abc", null, "12.5" }, result.Rows[0][1..]);
    }

    [Theory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA page_size", "4096")]
    public async Task ReadOnlyPragma_IsAnswered(string sql, string expected)
    {
        var result = await _console.ExecuteAsync(sql);
        Assert.Equal(expected, result.Rows[0][0]);
    }

    [Fact]
    public async Task PragmaThatSetsAValue_IsRefusedAsASetting()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync("PRAGMA journal_mode = DELETE"));
        Assert.Equal("The SQL console is read-only: PRAGMA journal_mode = DELETE is not allowed.", e.Message);
    }

    [Fact]
    public async Task ConsoleAfterRefusal_StillWorks()
    {
        await Assert.ThrowsAsync<WorkspaceException>(() => _console.ExecuteAsync("DELETE FROM pets"));
        Assert.Equal("50", (await _console.ExecuteAsync("SELECT COUNT(*) FROM pets")).Rows[0][0]);
    }
}
