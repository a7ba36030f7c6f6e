namespace Workbench.Ml.Profiling;

/// <summary>Two profiles side by side: the column statistics of both, aligned by column name.</summary>
public sealed record ProfileComparison(DatasetProfile Left, DatasetProfile Right, IReadOnlyList<ColumnComparison> Columns);

/// <summary>One column in both datasets; either side is null when the column exists on one side only.</summary>
public sealed record ColumnComparison(string Name, ColumnProfile? Left, ColumnProfile? Right);
