using System.Text.Json.Serialization;
using Workbench.Ml.Pipelines;

namespace Workbench.Workspace.Pipelines;

/// <summary>A named pipeline in the workspace: its spec as JSON (<see cref="PipelineSpec.ToJson"/>) and where it was built.</summary>
/// <param name="Dataset">The dataset it was built on, or null.</param>
/// <param name="Label">The label column left out while building it, or null.</param>
public sealed record SavedPipeline(string Name, string SpecJson, string? Dataset, string? Label, DateTimeOffset Created, DateTimeOffset Updated)
{
    /// <summary>The spec read from <see cref="SpecJson"/>.</summary>
    /// <exception cref="PipelineException">The stored JSON is not a valid spec.</exception>
    [JsonIgnore]
    public PipelineSpec Spec => PipelineSpec.FromJson(SpecJson);

    /// <summary>The number of steps, or null when the JSON cannot be read.</summary>
    [JsonIgnore]
    public int? StepCount
    {
        get
        {
            try { return Spec.Steps.Count; }
            catch (PipelineException) { return null; }
        }
    }
}
