using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Workspace.Drift;

/// <summary>What to compare: the reference and current sides, the columns, and the drift options.</summary>
/// <param name="Columns">Columns to compare, or null for every reference column except the window date columns.</param>
public sealed record DriftRequest(DriftSide Reference, DriftSide Current, DriftOptions Options, IReadOnlyList<string>? Columns = null);

/// <summary>The report of a comparison with the two samples it was computed on, for charts of a chosen column.</summary>
/// <param name="Report">The drift of every compared column.</param>
/// <param name="Reference">The reference rows (after the window), only the compared columns.</param>
/// <param name="Current">The current rows (after the window), only the compared columns.</param>
public sealed record DriftRun(DriftReport Report, TabularData Reference, TabularData Current);
