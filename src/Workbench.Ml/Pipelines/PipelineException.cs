namespace Workbench.Ml.Pipelines;

/// <summary>A pipeline that cannot be read, fitted or applied; the message names the step, the column and the fix.</summary>
public sealed class PipelineException(string message, int? stepIndex = null, int? position = null) : Exception(message)
{
    /// <summary>The zero-based index of the step at fault, when there is one.</summary>
    public int? StepIndex { get; } = stepIndex;

    /// <summary>The zero-based character position in a formula, for formula syntax errors.</summary>
    public int? Position { get; } = position;
}
