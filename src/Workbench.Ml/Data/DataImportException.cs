namespace Workbench.Ml.Data;

/// <summary>A file that cannot be imported. The message names the problem, the line where known, and the fix.</summary>
public sealed class DataImportException(string message, long? line = null) : Exception(message)
{
    /// <summary>1-based line of the file where the problem was found, when it is known.</summary>
    public long? Line { get; } = line;
}
