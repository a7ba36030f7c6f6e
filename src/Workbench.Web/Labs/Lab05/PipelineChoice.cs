using Workbench.Ml.Pipelines;
using Workbench.Ml.Synthetic;

namespace Workbench.Web.Labs.Lab05;

/// <summary>A pipeline the comparison can run: one of the course's two, or a saved one.</summary>
public sealed record PipelineChoice(string Name, string Description, PipelineSpec Spec)
{
    /// <summary>The course's pipeline A.</summary>
    public static PipelineChoice CourseA { get; } = new("A: impute + scale",
        "Median imputation, then standard scaling of all ten columns.", CreditDefaultPipelines.A);

    /// <summary>The course's pipeline B.</summary>
    public static PipelineChoice CourseB { get; } = new("B: impute + Yeo-Johnson",
        "Median imputation, Yeo-Johnson on utilization, debt ratio and monthly income, standard scaling of the rest.", CreditDefaultPipelines.B);
}
