using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Data;
using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

/// <summary>A temp workspace with a small dataset "toy" (40 rows), the tracking store, the registry and a training
/// service over <see cref="FakeTrainingEngine"/>.</summary>
internal sealed class TrainingServiceFixture : IDisposable
{
    public TrainingServiceFixture()
    {
        Tracking = new TrackingStore(Temp.Workspace);
        Registry = new ModelRegistry(Temp.Workspace);
        Service = new TrainingService(Temp.Datasets, Tracking, Registry, new JobRunner(NullLogger<JobRunner>.Instance),
            NullLogger<TrainingService>.Instance, Engine);
        Temp.Datasets.SaveAsync("toy", Toy(), "generated:test").GetAwaiter().GetResult();
    }

    public TempWorkspace Temp { get; } = new();
    public TrackingStore Tracking { get; }
    public ModelRegistry Registry { get; }
    public FakeTrainingEngine Engine { get; } = new();
    public TrainingService Service { get; }

    /// <summary>x = i / 4, colour cycles red/green/blue, y = "yes" when (7i mod 5) &lt; 2, amount = 2i + 1,
    /// species cycles a/b/c, flag true on even rows,
    /// grade A on even rows and B on odd ones except rows 3 and 17 (0-based), where it is missing.</summary>
    public static TabularData Toy()
    {
        const int n = 40;
        var rows = Enumerable.Range(0, n).ToArray();
        return new TabularData("toy", [
            DataColumn.Numeric("x", ColumnType.Real, rows.Select(i => i / 4.0).ToArray()),
            DataColumn.Text("colour", ColumnType.Categorical, rows.Select(i => new[] { "red", "green", "blue" }[i % 3]).ToArray<string?>()),
            DataColumn.Text("y", ColumnType.Categorical, rows.Select(i => (7 * i) % 5 < 2 ? "yes" : "no").ToArray<string?>()),
            DataColumn.Numeric("amount", ColumnType.Real, rows.Select(i => 2.0 * i + 1).ToArray()),
            DataColumn.Text("species", ColumnType.Categorical, rows.Select(i => new[] { "a", "b", "c" }[i % 3]).ToArray<string?>()),
            DataColumn.Numeric("flag", ColumnType.Boolean, rows.Select(i => i % 2 == 0 ? 1.0 : 0.0).ToArray()),
            DataColumn.Text("grade", ColumnType.Categorical, rows.Select(i => i is 3 or 17 ? null : i % 2 == 0 ? "A" : "B").ToArray()),
        ]);
    }

    public static TrainingJobRequest Binary(int folds = 0, IReadOnlyList<string>? features = null, string trainer = "Constant") =>
        new("toy", new TrainingRequest(TaskKind.Binary, "y", features ?? ["x", "colour"], trainer,
            new Dictionary<string, string> { ["Smoothing"] = "0" }, Seed: 3), new SplitOptions(TestFraction: 0.25, Seed: 3), folds,
            "credit", Source: "cli", Tags: new Dictionary<string, string> { ["student"] = "ada" });

    public void Dispose() => Temp.Dispose();
}
