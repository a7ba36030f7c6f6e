using Workbench.Ml.Training;

namespace Workbench.Workspace.Labs.Lab05;

/// <summary>A ready-made leakage demonstration: the kind, the data it runs on, and the learner.</summary>
/// <param name="Rows">Rows sampled (seeded) from the dataset, 0 for all; small samples show the leak more clearly.</param>
public sealed record LeakageCase(LeakageKind Kind, string Title, string Dataset, string Label, TaskKind Task,
    IReadOnlyList<string> Features, string Trainer, string? TimeColumn, int Rows)
{
    /// <summary>The three demonstrations of lab 05.</summary>
    public static IReadOnlyList<LeakageCase> All { get; } =
    [
        new(LeakageKind.ScalerBeforeSplit, "Scaler fitted before the split", "credit-default", "delinquency", TaskKind.Binary, [],
            "LbfgsLogisticRegression", null, 400),
        new(LeakageKind.ImputerBeforeSplit, "Imputer fitted before the split", "credit-default", "delinquency", TaskKind.Binary, [],
            "LightGbm", null, 400),
        new(LeakageKind.RandomSplitOfTimeSeries, "Random split of a time series", "seattle-weather", "temp_max", TaskKind.Regression,
            ["date", "precipitation", "temp_min", "wind"], "FastTree", "date", 0),
    ];
}
