using Workbench.Ml.Drift.Windows;

namespace Workbench.Web.Drift;

/// <summary>How windows are cut.</summary>
public enum WindowCut
{
    /// <summary>One window per year.</summary>
    Year,

    /// <summary>One window per calendar month.</summary>
    Month,

    /// <summary>Ranges given by hand.</summary>
    Custom,
}

/// <summary>The student's choice of windows and pairing on the drift page; builds the windows for a date span.</summary>
public sealed class DriftWindowChoice
{
    /// <summary>By year, by month, or custom ranges.</summary>
    public WindowCut Cut { get; set; } = WindowCut.Year;

    /// <summary>The month a year starts in (1 = calendar years, 3 = March to February).</summary>
    public int StartMonth { get; set; } = 1;

    /// <summary>The custom ranges (either end may be unset while the student edits).</summary>
    public List<(DateOnly? From, DateOnly? To)> Ranges { get; } = [];

    /// <summary>Each window against the previous one, or against a fixed reference.</summary>
    public WindowMode Mode { get; set; } = WindowMode.Consecutive;

    /// <summary>Index of the fixed reference window.</summary>
    public int Reference { get; set; }

    /// <summary>The windows over the span, or an explanation of why there are none yet.</summary>
    public (IReadOnlyList<TimeWindow> Windows, string? Problem) Build(DateOnly first, DateOnly last)
    {
        try
        {
            IReadOnlyList<TimeWindow> windows = Cut switch
            {
                WindowCut.Year => TimeWindows.Years(first, last, StartMonth),
                WindowCut.Month => TimeWindows.Months(first, last),
                _ when Ranges.Any(r => r.From is null || r.To is null) => throw new Ml.Drift.DriftException("Give both days of every range."),
                _ => TimeWindows.Custom(Ranges.Select(r => (r.From!.Value, r.To!.Value, (string?)null))),
            };
            if (windows.Count < 2)
                return (windows, $"The dates make only {windows.Count} window; choose smaller windows or custom ranges.");
            if (Mode == WindowMode.FixedReference && Reference >= windows.Count) Reference = 0;
            return (windows, null);
        }
        catch (Ml.Drift.DriftException e)
        {
            return ([], e.Message);
        }
    }

    /// <summary>Starts the custom ranges from the first and second half of the span, if there are none yet.</summary>
    public void SeedRanges(DateOnly first, DateOnly last)
    {
        if (Ranges.Count > 0) return;
        var middle = first.AddDays((last.DayNumber - first.DayNumber) / 2);
        Ranges.Add((first, middle));
        Ranges.Add((middle.AddDays(1) > last ? last : middle.AddDays(1), last));
    }
}
