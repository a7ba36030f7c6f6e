namespace Workbench.Ml.Data;

/// <summary>A column's name and logical type, as stored in the catalog.</summary>
public sealed record ColumnSchema(string Name, ColumnType Type);
