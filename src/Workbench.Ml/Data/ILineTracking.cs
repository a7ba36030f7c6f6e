namespace Workbench.Ml.Data;

/// <summary>A row source that knows the file line of the row it returned last, for error messages during conversion.</summary>
public interface ILineTracking
{
    /// <summary>The 1-based line where the row last returned by <see cref="IRowSource.ReadRows"/> starts
    /// (valid during that enumeration; 0 before the first row).</summary>
    long CurrentLine { get; }
}
