namespace Workbench.Ml.Profiling;

/// <summary>Puts two profiles side by side (for example train vs test, or reference vs current data).</summary>
public static class ProfileComparer
{
    /// <summary>The two profiles with their columns aligned by name (ordinal): the left profile's columns in order,
    /// then the columns only the right profile has, in its order; a side is null where the column is absent.</summary>
    public static ProfileComparison Compare(DatasetProfile left, DatasetProfile right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var rightByName = right.Columns.GroupBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var leftNames = left.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var columns = left.Columns
            .Select(c => new ColumnComparison(c.Name, c, rightByName.GetValueOrDefault(c.Name)))
            .Concat(right.Columns.Where(c => !leftNames.Contains(c.Name)).Select(c => new ColumnComparison(c.Name, null, c)))
            .ToList();
        return new ProfileComparison(left, right, columns);
    }
}
