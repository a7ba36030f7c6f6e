using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Labs.Lab10;

/// <summary>A price series turned into daily returns: the days that have a return, in date order, with their returns.</summary>
/// <param name="Days">Day numbers (<see cref="DateValues"/>) in date order.</param>
/// <param name="Returns">The return of each day against the day before it.</param>
/// <param name="Worst">The index (into <paramref name="Days"/>) of the lowest return.</param>
/// <param name="Best">The index of the highest return.</param>
public sealed record ReturnsSummary(IReadOnlyList<double> Days, IReadOnlyList<double> Returns, int Worst, int Best)
{
    /// <summary>One sentence for the lab: how many returns over which dates, and the worst and best day.</summary>
    public string Describe()
    {
        static string Pct(double r) => r.ToString("+0.00 %;−0.00 %", CultureInfo.InvariantCulture);
        return $"{Days.Count:N0} daily returns from {DateValues.Format(Days[0])} to {DateValues.Format(Days[^1])}. " +
            $"Worst day {DateValues.Format(Days[Worst])} ({Pct(Returns[Worst])}), best day {DateValues.Format(Days[Best])} ({Pct(Returns[Best])}).";
    }
}
