using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A pipeline fitted on one training table: each step's learned parameters, ready to transform other tables.</summary>
public sealed record FittedPipeline(PipelineSpec Spec, IReadOnlyList<FittedStep> Steps)
{
    /// <summary>Applies every fitted step in order to <paramref name="table"/>; the fitted parameters are not changed.</summary>
    /// <exception cref="PipelineException">A column the pipeline needs is missing or has the wrong type.</exception>
    public TabularData Transform(TabularData table)
    {
        var current = table;
        for (var i = 0; i < Steps.Count; i++)
            current = Steps[i].Apply(current, new StepContext(i, Steps[i].Step.Kind));
        return current;
    }
}
