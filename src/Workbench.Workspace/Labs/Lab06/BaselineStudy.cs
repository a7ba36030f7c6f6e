using Workbench.Ml.Training;

namespace Workbench.Workspace.Labs.Lab06;

/// <summary>Which trainers lab 06 compares for a task, and the cross-validated metric that ranks them.</summary>
public static class BaselineStudy
{
    /// <summary>The experiment the lab's runs are tracked under.</summary>
    public const string Experiment = "lab06-baselines";

    /// <summary>Folds of the cross-validation.</summary>
    public const int Folds = 5;

    /// <summary>The metric that ranks runs of a task, and whether higher is better.</summary>
    public static (string Metric, bool HigherIsBetter) RankingMetric(TaskKind task) => task switch
    {
        TaskKind.Binary => ("roc_auc", true),
        TaskKind.Multiclass => ("accuracy", true),
        _ => ("rmse", false),
    };

    /// <summary>The baselines of the task and two real learners (a linear model and boosted trees) when available.</summary>
    public static IReadOnlyList<string> Trainers(TaskKind task)
    {
        var available = TrainerCatalog.For(task);
        string[] preferred = task switch
        {
            TaskKind.Binary => ["LbfgsLogisticRegression", "LightGbm"],
            TaskKind.Multiclass => ["LbfgsMaximumEntropy", "LightGbm"],
            _ => ["Sdca", "LightGbm"],
        };
        var learners = preferred.Where(p => available.Any(t => t.Name == p)).ToList();
        if (learners.Count == 0)
            learners = available.Where(t => t.Family != TrainerFamily.Baseline).Take(2).Select(t => t.Name).ToList();
        return available.Where(t => t.Family == TrainerFamily.Baseline).Select(t => t.Name).Concat(learners).ToList();
    }

    /// <summary>The registered model's name for a dataset and task, e.g. "german-credit-binary".</summary>
    public static string ModelName(string dataset, TaskKind task) => $"{dataset}-{task.ToString().ToLowerInvariant()}";

    /// <summary>The split every trainer of the study uses: 20 % held out, stratified unless the task is regression, seed 1.</summary>
    public static SplitOptions Split(TaskKind task) =>
        new(task == TaskKind.Regression ? SplitKind.Random : SplitKind.Stratified, 0.2, 0, 1);

    /// <summary>The index of the best run by the task's ranking metric, or -1 when none has it.</summary>
    public static int Best(IReadOnlyList<BaselineRun> runs, TaskKind task) =>
        Best(runs.Select(r => r.Summary(task)?.TestMean).ToList(), RankingMetric(task).HigherIsBetter);

    /// <summary>The index of the best score, or -1 when there is none.</summary>
    public static int Best(IReadOnlyList<double?> scores, bool higherIsBetter)
    {
        int best = -1;
        for (int i = 0; i < scores.Count; i++)
            if (scores[i] is { } s && !double.IsNaN(s) && (best < 0 || (higherIsBetter ? s > scores[best] : s < scores[best])))
                best = i;
        return best;
    }
}
