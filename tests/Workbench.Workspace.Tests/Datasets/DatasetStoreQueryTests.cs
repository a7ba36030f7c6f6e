using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class DatasetStoreQueryTests : IDisposable
{
    private const int Rows = 600;
    private readonly TempWorkspace _temp = new();
    private readonly double[] _ints = new double[Rows];
    private readonly double[] _reals = new double[Rows];
    private readonly string?[] _texts = new string?[Rows];

    public DatasetStoreQueryTests()
    {
        var random = new Random(7);
        string[] words = ["apple", "Banana", "cherry", "50%_off", "back\\slash", "o'neil", "date"];
        for (var i = 0; i < Rows; i++)
        {
            _ints[i] = i % 13 == 0 ? double.NaN : random.Next(-20, 20);
            _reals[i] = Math.Round(random.NextDouble() * 10, 3);
            _texts[i] = i % 11 == 0 ? null : words[random.Next(words.Length)] + random.Next(3);
        }
        _temp.Datasets.SaveAsync("grid", TempWorkspace.Table("grid",
            DataColumn.Numeric("n", ColumnType.Integer, _ints), DataColumn.Numeric("r", ColumnType.Real, _reals),
            DataColumn.Text("t", ColumnType.Text, _texts)), "test").Wait();
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string?, bool, ColumnFilter[]> Cases() => new()
    {
        { null, false, [] },
        { "n", false, [] },
        { "n", true, [] },
        { "t", false, [] },
        { "t", true, [new ColumnFilter("r", FilterOperator.GreaterThan, "5")] },
        { "r", false, [new ColumnFilter("t", FilterOperator.Contains, "AN")] },
        { "n", false, [new ColumnFilter("t", FilterOperator.Contains, "%_")] },
        { "n", false, [new ColumnFilter("t", FilterOperator.StartsWith, "back\\")] },
        { "r", true, [new ColumnFilter("n", FilterOperator.IsMissing)] },
        { "r", false, [new ColumnFilter("n", FilterOperator.NotEquals, "3"), new ColumnFilter("t", FilterOperator.IsNotMissing)] },
        { "t", false, [new ColumnFilter("n", FilterOperator.GreaterOrEqual, "0"), new ColumnFilter("n", FilterOperator.LessThan, "10")] },
        { null, false, [new ColumnFilter("n", FilterOperator.Equals, "4")] },
        { "n", false, [new ColumnFilter("t", FilterOperator.Equals, "o'neil1")] },
        { "n", false, [new ColumnFilter("r", FilterOperator.LessOrEqual, "2.5")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_MatchesLinqOnTheSameRows(string? sort, bool descending, ColumnFilter[] filters)
    {
        var expected = Expected(sort, descending, filters);
        foreach (var (offset, limit) in new[] { (0, 25), (40, 100), (expected.Count - 5, 10) })
        {
            if (offset < 0) continue;
            var page = await _temp.Datasets.QueryPageAsync("grid", new PageRequest(offset, limit, sort, descending, filters));
            Assert.Equal(expected.Count, page.TotalRows);
            Assert.Equal(["n", "r", "t"], page.Columns);
            var want = expected.Skip(offset).Take(limit).Select(Display).ToList();
            Assert.Equal(want, page.Rows.Select(r => string.Join("|", r.Select(v => v ?? "∅"))).ToList());
        }
    }

    [Fact]
    public async Task InjectionThroughFilterValues_IsTreatedAsData()
    {
        var page = await _temp.Datasets.QueryPageAsync("grid", new PageRequest(0, 10, null, false,
            [new ColumnFilter("t", FilterOperator.Equals, "x' OR '1'='1")]));
        Assert.Equal(0, page.TotalRows);
        var contains = await _temp.Datasets.QueryPageAsync("grid", new PageRequest(0, 10, null, false,
            [new ColumnFilter("t", FilterOperator.Contains, "'; DROP TABLE grid; --")]));
        Assert.Equal(0, contains.TotalRows);
        Assert.Contains("grid", _temp.Tables());
    }

    [Theory]
    [InlineData("n; DROP TABLE grid", "has no column")]
    [InlineData("\"n\"", "has no column")]
    public async Task InjectionThroughColumnNames_IsRefused(string column, string message)
    {
        var sort = await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid", new PageRequest(0, 10, column)));
        Assert.Contains(message, sort.Message);
        var filter = await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid",
            new PageRequest(0, 10, null, false, [new ColumnFilter(column, FilterOperator.IsMissing)])));
        Assert.Contains(message, filter.Message);
        Assert.Contains("grid", _temp.Tables());
    }

    [Fact]
    public async Task UnknownDatasetOrBadValues_AreRefusedClearly()
    {
        var unknown = await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid; DROP TABLE grid", new PageRequest(0, 10)));
        Assert.Contains("There is no dataset named", unknown.Message);
        var value = await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid",
            new PageRequest(0, 10, null, false, [new ColumnFilter("n", FilterOperator.GreaterThan, "1 OR 1=1")])));
        Assert.Equal("Filter on column 'n': '1 OR 1=1' is not a valid integer.", value.Message);
        await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid", new PageRequest(0, 5000)));
        await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid", new PageRequest(-1, 10)));
        await Assert.ThrowsAsync<WorkspaceException>(() => _temp.Datasets.QueryPageAsync("grid",
            new PageRequest(0, 10, null, false, [new ColumnFilter("n", FilterOperator.Equals)])));
    }

    [Fact]
    public async Task LargeTable_SortedPagesUseAnIndexAndStayCorrect()
    {
        const int rows = 30_000;
        var values = Enumerable.Range(0, rows).Select(i => (double)(i * 7919 % 97)).ToArray();
        await _temp.Datasets.SaveAsync("large", TempWorkspace.Table("large", DataColumn.Numeric("k", ColumnType.Integer, values)), "test");
        foreach (var descending in new[] { false, true })
        {
            var order = descending
                ? Enumerable.Range(0, rows).OrderByDescending(i => values[i]).ThenByDescending(i => i).ToList()
                : Enumerable.Range(0, rows).OrderBy(i => values[i]).ThenBy(i => i).ToList();
            foreach (var offset in new[] { 0, 14_950, rows - 20 })
            {
                var page = await _temp.Datasets.QueryPageAsync("large", new PageRequest(offset, 50, "k", descending));
                Assert.Equal(order.Skip(offset).Take(50).Select(i => ((long)values[i]).ToString(CultureInfo.InvariantCulture)),
                    page.Rows.Select(r => r[0]));
            }
        }
        Assert.Equal(1, _temp.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'large';"));
        var filtered = await _temp.Datasets.QueryPageAsync("large", new PageRequest(0, 10, null, false, [new ColumnFilter("k", FilterOperator.Equals, "5")]));
        Assert.Equal(values.Count(v => v == 5), filtered.TotalRows);
    }

    [Fact]
    public async Task SortWhileAnotherWriterHoldsTheLock_AnswersAtOnceWithoutAnIndexAndSaysSo()
    {
        const int rows = 30_000;
        var values = Enumerable.Range(0, rows).Select(i => (double)(i * 31 % 1000)).ToArray();
        await _temp.Datasets.SaveAsync("busy", TempWorkspace.Table("busy", DataColumn.Numeric("k", ColumnType.Integer, values)), "test");
        using var writer = _temp.Workspace.Open();
        SqliteWorkspace.Execute(writer, "BEGIN IMMEDIATE;");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var page = await _temp.Datasets.QueryPageAsync("busy", new PageRequest(0, 5, "k", Descending: true));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the page waited {clock.Elapsed.TotalSeconds:0.0} s for the lock");
        Assert.True(page.WithoutIndex);
        Assert.Equal(["999", "999", "999", "999", "999"], page.Rows.Select(r => r[0]));
        SqliteWorkspace.Execute(writer, "ROLLBACK;");
        var later = await _temp.Datasets.QueryPageAsync("busy", new PageRequest(0, 5, "k", Descending: true));
        Assert.False(later.WithoutIndex);
        Assert.Equal(1, _temp.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'busy';"));
    }

    private List<int> Expected(string? sort, bool descending, ColumnFilter[] filters)
    {
        var rows = Enumerable.Range(0, Rows).Where(i => filters.All(f => Matches(i, f)));
        if (sort is null) return rows.ToList();
        // SQLite: NULL sorts first ascending; text uses binary (ordinal) order; rowid breaks ties in the same direction.
        var ordered = descending
            ? rows.OrderByDescending(i => Key(sort, i) is null ? 0 : 1).ThenByDescending(i => Key(sort, i), Comparer).ThenByDescending(i => i)
            : rows.OrderBy(i => Key(sort, i) is null ? 0 : 1).ThenBy(i => Key(sort, i), Comparer).ThenBy(i => i);
        return ordered.ToList();
    }

    private static readonly Comparer<object?> Comparer = Comparer<object?>.Create((a, b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)),
    });

    private object? Key(string column, int i) => column switch
    {
        "n" => double.IsNaN(_ints[i]) ? null : _ints[i],
        "r" => _reals[i],
        _ => _texts[i],
    };

    private bool Matches(int i, ColumnFilter f)
    {
        var key = Key(f.Column, i);
        var text = key is double d ? d.ToString("R", CultureInfo.InvariantCulture) : (string?)key;
        int Cmp() => Comparer.Compare(key, f.Column == "t" ? f.Value : double.Parse(f.Value!, CultureInfo.InvariantCulture));
        return f.Operator switch
        {
            FilterOperator.IsMissing => key is null,
            FilterOperator.IsNotMissing => key is not null,
            FilterOperator.Contains => text is not null && text.Contains(f.Value!, StringComparison.OrdinalIgnoreCase),
            FilterOperator.StartsWith => text is not null && text.StartsWith(f.Value!, StringComparison.OrdinalIgnoreCase),
            FilterOperator.Equals => key is not null && Cmp() == 0,
            FilterOperator.NotEquals => key is null || Cmp() != 0,
            FilterOperator.GreaterThan => key is not null && Cmp() > 0,
            FilterOperator.GreaterOrEqual => key is not null && Cmp() >= 0,
            FilterOperator.LessThan => key is not null && Cmp() < 0,
            FilterOperator.LessOrEqual => key is not null && Cmp() <= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };
    }

    private string Display(int i) => string.Join("|",
        double.IsNaN(_ints[i]) ? "∅" : ((long)_ints[i]).ToString(CultureInfo.InvariantCulture),
        _reals[i].ToString("R", CultureInfo.InvariantCulture),
        _texts[i] ?? "∅");
}
