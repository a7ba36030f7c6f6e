namespace Workbench.Web.Datasets;

/// <summary>One row of the dataset browser: its 1-based position in the filtered, sorted result and its values.</summary>
public sealed record GridRow(long Number, string?[] Values);
