using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;

namespace Workbench.Ml.Tests.Drift.Windows;

public sealed class DriftSeriesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static double Day(int y, int m, int d) => DateValues.ToDays(new DateTime(y, m, d));

    /// <summary>Rows on 2020-01-05, -01-31, -02-01, -02-29, -03-01, -04-10: x = 1..6, c = text.</summary>
    private static TabularData Table() => new("t", [
        DataColumn.Numeric("day", ColumnType.Date, [Day(2020, 1, 5), Day(2020, 1, 31), Day(2020, 2, 1), Day(2020, 2, 29), Day(2020, 3, 1), Day(2020, 4, 10)]),
        DataColumn.Numeric("x", ColumnType.Real, [1, 2, 3, 4, 5, 6]),
        DataColumn.Text("c", ColumnType.Categorical, ["a", "b", "a", "b", "a", "b"]),
    ]);

    /// <summary>Eight days per month from January to April 2020; x in January and February is 1..8, March and April 11..18.</summary>
    private static TabularData Steps()
    {
        var days = new List<double>();
        var x = new List<double>();
        for (int m = 1; m <= 4; m++)
            for (int d = 1; d <= 8; d++)
            {
                days.Add(Day(2020, m, d));
                x.Add(d + (m >= 3 ? 10 : 0));
            }
        return new("s", [DataColumn.Numeric("day", ColumnType.Date, [.. days]), DataColumn.Numeric("x", ColumnType.Real, [.. x])]);
    }

    [Fact]
    public void Slice_KeepsBothEndDaysOfEachMonth()
    {
        var slices = WindowSlicer.Slice(Table(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)));

        Assert.Equal([[1, 2], [3, 4], [5], [6]], slices.Select(s => s["x"].Numbers!.ToArray()));
        Assert.Equal(["b", "b"], slices.Take(2).Select(s => s["c"].Strings![^1]));
    }

    [Fact]
    public void SliceByNonDateColumn_ThrowsListingTheDateColumns()
    {
        var e = Assert.Throws<DriftException>(() => WindowSlicer.Slice(Table(), "x", TimeWindows.Months(D(2020, 1, 1), D(2020, 2, 1))));

        Assert.Contains("Column 'x' is real, not a date", e.Message);
        Assert.Contains("day", e.Message);
    }

    [Fact]
    public void Consecutive_FindsTheStepBetweenFebruaryAndMarch()
    {
        var result = DriftSeries.Run(Steps(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)), WindowMode.Consecutive,
            new DriftOptions { Test = DriftTestKind.Ks });

        Assert.Equal([8, 8, 8, 8], result.Rows);
        Assert.Equal(["x"], result.Columns);
        // Equal samples: D = 0, p = 1. Disjoint samples of 8 and 8: D = 1, exact p = 2 / C(16, 8) = 2 / 12870.
        var stats = result.Pairs.Select(p => result.Column(p, "x")!).ToList();
        Assert.Equal([0.0, 1.0, 0.0], stats.Select(s => s.Statistic));
        Assert.Equal(1.0, stats[0].PValue!.Value, 1e-12);
        Assert.Equal(2.0 / 12870, stats[1].PValue!.Value, 1e-12);
        Assert.Equal([false, true, false], stats.Select(s => s.Drifted));
        Assert.Equal((1, 2), (result.MostDrifted("x")!.Reference, result.MostDrifted("x")!.Current));
    }

    [Fact]
    public void FixedReference_ComparesEveryMonthWithJanuary()
    {
        var result = DriftSeries.Run(Steps(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)), WindowMode.FixedReference,
            new DriftOptions { Test = DriftTestKind.Ks });

        Assert.Equal([(0, 1), (0, 2), (0, 3)], result.Pairs.Select(p => (p.Reference, p.Current)));
        Assert.Equal([0.0, 1.0, 1.0], result.Pairs.Select(p => result.Column(p, "x")!.Statistic));
    }

    [Fact]
    public void EmptyWindow_GivesItsPairsAProblemAndComparesTheRest()
    {
        var windows = TimeWindows.Custom([(D(2020, 1, 1), D(2020, 1, 31), "jan"), (D(2021, 1, 1), D(2021, 1, 31), "empty"), (D(2020, 2, 1), D(2020, 2, 29), "feb")]);

        var result = DriftSeries.Run(Steps(), "day", windows, WindowMode.FixedReference, new DriftOptions { Test = DriftTestKind.Ks });

        Assert.Equal([8, 0, 8], result.Rows);
        Assert.Null(result.Pairs[0].Report);
        Assert.Contains("Window empty (2021-01-01 to 2021-01-31) holds no rows", result.Pairs[0].Problem);
        Assert.Equal(0.0, result.Column(result.Pairs[1], "x")!.Statistic);
    }

    [Fact]
    public void TextColumnWithKs_ThrowsBeforeComparing()
    {
        var e = Assert.Throws<DriftException>(() => DriftSeries.Run(Table(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)),
            WindowMode.Consecutive, new DriftOptions { Test = DriftTestKind.Ks }, ["c"]));

        Assert.Contains("Column 'c' holds text", e.Message);
    }

    [Fact]
    public void UnknownColumn_ThrowsListingTheColumns()
    {
        var e = Assert.Throws<DriftException>(() => DriftSeries.Run(Table(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)),
            WindowMode.Consecutive, new DriftOptions(), ["nope"]));

        Assert.Contains("Column 'nope' is not in the data", e.Message);
    }

    [Fact]
    public void Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DriftSeries.Run(Steps(), "day", TimeWindows.Months(D(2020, 1, 1), D(2020, 4, 30)),
            WindowMode.Consecutive, new DriftOptions(), cancellationToken: cts.Token));
    }
}
