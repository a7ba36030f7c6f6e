namespace Workbench.Ml.Drift;

/// <summary>Columns that cannot be compared; the message says what is wrong, in which column, and how to fix it.</summary>
public sealed class DriftException(string message, string? column = null) : ArgumentException(message)
{
    /// <summary>The column the problem is in, when there is one.</summary>
    public string? Column { get; } = column;
}
