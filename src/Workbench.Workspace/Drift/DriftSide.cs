using System.Globalization;

namespace Workbench.Workspace.Drift;

/// <summary>One side of a drift comparison: a data file or a stored dataset, optionally cut to a date window.</summary>
/// <param name="Source">A file path, or <c>dataset:NAME</c> for a dataset of the workspace.</param>
/// <param name="Window">Rows to keep by a date column, or null for every row.</param>
public sealed record DriftSide(string Source, DateWindow? Window = null)
{
    /// <summary>The prefix that names a stored dataset instead of a file.</summary>
    public const string DatasetPrefix = "dataset:";

    /// <summary>The dataset name when <see cref="Source"/> names one, else null.</summary>
    public string? DatasetName => Source.StartsWith(DatasetPrefix, StringComparison.OrdinalIgnoreCase)
        ? Source[DatasetPrefix.Length..].Trim()
        : null;

    /// <summary>A side that reads a stored dataset.</summary>
    public static DriftSide Dataset(string name, DateWindow? window = null) => new(DatasetPrefix + name, window);

    /// <summary>The side in words, e.g. "dataset 'sales' (2020-01-01 to 2020-12-31 by 'date')".</summary>
    public string Describe() =>
        (DatasetName is { } name ? $"dataset '{name}'" : $"file '{Source}'") + (Window is null ? "" : $" ({Window.Describe()})");
}

/// <summary>The rows of a dataset whose date column lies in [From, To], both days included.</summary>
/// <param name="Column">A column of type date.</param>
/// <param name="From">First day kept, or null for no lower bound.</param>
/// <param name="To">Last day kept (the whole day), or null for no upper bound.</param>
public sealed record DateWindow(string Column, DateOnly? From, DateOnly? To)
{
    /// <summary>The range in words, e.g. "2020-01-01 to 2020-12-31 by 'date'".</summary>
    public string Describe() => $"{Day(From, "the start")} to {Day(To, "the end")} by '{Column}'";

    private static string Day(DateOnly? day, string open) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? open;
}
