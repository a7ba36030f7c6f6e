using Workbench.Ml.Metrics;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Labs.Lab06;

/// <summary>What lab 06's baseline study trains: every trainer of <see cref="BaselineStudy.Trainers"/> for the task.</summary>
/// <param name="Dataset">The workspace dataset.</param>
/// <param name="Label">Its label column.</param>
/// <param name="Task">The task the label calls for.</param>
/// <param name="PositiveClass">The positive class of a binary label, or null for the default rule; ignored for other tasks.</param>
public sealed record BaselineStudyRequest(string Dataset, string Label, TaskKind Task, string? PositiveClass = null);

/// <summary>One trainer's tracked run in the study and its cross-validation.</summary>
/// <param name="CrossValidation">The folds and their summary, or null when the run has none.</param>
public sealed record BaselineRun(string Trainer, string RunId, CrossValidationResult? CrossValidation)
{
    /// <summary>The cross-validated summary of the task's ranking metric, or null when the run has none.</summary>
    public MetricSummary? Summary(TaskKind task)
    {
        var metric = BaselineStudy.RankingMetric(task).Metric;
        return CrossValidation?.Summary.FirstOrDefault(s => s.Metric == metric);
    }
}
