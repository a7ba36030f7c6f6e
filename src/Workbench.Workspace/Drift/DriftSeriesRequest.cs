using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;

namespace Workbench.Workspace.Drift;

/// <summary>Which windows of a dataset to compare, how to pair them, and with which test.</summary>
/// <param name="Dataset">A dataset of the workspace.</param>
/// <param name="DateColumn">Its date column that cuts the windows.</param>
/// <param name="Windows">The windows, in order (see <see cref="TimeWindows"/>).</param>
/// <param name="Mode">Each window against the previous one, or against <paramref name="ReferenceWindow"/>.</param>
/// <param name="Options">The test, thresholds and correction.</param>
/// <param name="Columns">Columns to compare; null for every column but the date column.</param>
/// <param name="ReferenceWindow">Index of the fixed reference window (only for <see cref="WindowMode.FixedReference"/>).</param>
/// <param name="Returns">When set, a column of daily returns of this price column is added first (see <see cref="DailyReturns"/>).</param>
public sealed record DriftSeriesRequest(string Dataset, string DateColumn, IReadOnlyList<TimeWindow> Windows, WindowMode Mode,
    DriftOptions Options, IReadOnlyList<string>? Columns = null, int ReferenceWindow = 0, ReturnsColumn? Returns = null);

/// <summary>A column of daily returns to add before windowing.</summary>
/// <param name="Price">The price column, e.g. "close".</param>
/// <param name="Name">The new column's name, e.g. "return".</param>
public sealed record ReturnsColumn(string Price, string Name);
