using System.Globalization;

namespace Workbench.Ml.Drift.Windows;

/// <summary>Builds the windows that cut a date range: calendar years (optionally starting in another month), calendar
/// months, or ranges given by hand.</summary>
public static class TimeWindows
{
    /// <summary>One window per year that overlaps [first, last]. With <paramref name="startMonth"/> 1 these are calendar
    /// years labelled "2019"; with another month they run from the 1st of that month to the day before it a year later
    /// (March: 2019-03-01 to 2020-02-29) and are labelled "2019-03…2020-02". The first and last windows are cut to the data.</summary>
    public static IReadOnlyList<TimeWindow> Years(DateOnly first, DateOnly last, int startMonth = 1)
    {
        CheckSpan(first, last);
        if (startMonth is < 1 or > 12)
            throw new DriftException($"A year must start in a month from 1 to 12, got {startMonth}.");
        var start = new DateOnly(first.Year, startMonth, 1);
        if (start > first) start = start.AddYears(-1);
        var windows = new List<TimeWindow>();
        for (; start <= last; start = start.AddYears(1))
        {
            var end = start.AddYears(1).AddDays(-1);
            string label = startMonth == 1 ? start.Year.ToString(CultureInfo.InvariantCulture) : $"{Month(start)}…{Month(end)}";
            windows.Add(new TimeWindow(label, Max(start, first), Min(end, last)));
        }
        return windows;
    }

    /// <summary>One window per calendar month that overlaps [first, last], labelled "2020-03"; the first and last are cut to the data.</summary>
    public static IReadOnlyList<TimeWindow> Months(DateOnly first, DateOnly last)
    {
        CheckSpan(first, last);
        var windows = new List<TimeWindow>();
        for (var start = new DateOnly(first.Year, first.Month, 1); start <= last; start = start.AddMonths(1))
            windows.Add(new TimeWindow(Month(start), Max(start, first), Min(start.AddMonths(1).AddDays(-1), last)));
        return windows;
    }

    /// <summary>Windows given by hand, checked (each starts on or before its end), labelled by their days unless a label is given.</summary>
    public static IReadOnlyList<TimeWindow> Custom(IEnumerable<(DateOnly From, DateOnly To, string? Label)> ranges)
    {
        var windows = new List<TimeWindow>();
        foreach (var (from, to, label) in ranges)
        {
            if (from > to)
                throw new DriftException($"Window {windows.Count + 1} starts after it ends ({TimeWindow.Day(from)} to {TimeWindow.Day(to)}); give the earlier day first.");
            windows.Add(new TimeWindow(string.IsNullOrWhiteSpace(label) ? $"{TimeWindow.Day(from)}…{TimeWindow.Day(to)}" : label.Trim(), from, to));
        }
        if (windows.Count < 2)
            throw new DriftException($"Comparing windows needs at least two of them, got {windows.Count}; add another range.");
        return windows;
    }

    /// <summary>The pairs (reference index, current index) to compare: each window with the one before it, or every
    /// other window with the fixed reference window.</summary>
    public static IReadOnlyList<(int Reference, int Current)> Pairs(int count, WindowMode mode, int reference = 0)
    {
        if (count < 2)
            throw new DriftException($"Comparing windows needs at least two of them, got {count}; choose a longer date range or smaller windows.");
        if (mode == WindowMode.Consecutive)
            return Enumerable.Range(1, count - 1).Select(i => (i - 1, i)).ToList();
        if (reference < 0 || reference >= count)
            throw new DriftException($"The reference window must be one of the {count} windows (1 to {count}), got {reference + 1}.");
        return Enumerable.Range(0, count).Where(i => i != reference).Select(i => (reference, i)).ToList();
    }

    private static void CheckSpan(DateOnly first, DateOnly last)
    {
        if (first > last)
            throw new DriftException($"The date range starts after it ends ({TimeWindow.Day(first)} to {TimeWindow.Day(last)}); give the earlier day first.");
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
