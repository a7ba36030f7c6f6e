namespace Workbench.Workspace;

/// <summary>A value cut for display (in a dataset page or an SQL console result): its row in the result, its column,
/// and its full length in characters.</summary>
public sealed record CutValue(int Row, int Column, long Length);
