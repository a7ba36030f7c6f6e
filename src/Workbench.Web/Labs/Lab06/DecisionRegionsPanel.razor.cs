using Microsoft.AspNetCore.Components;
using Workbench.Ml.Toy;
using Workbench.Ml.Training;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Labs.Lab06;

/// <summary>Generates a toy dataset and trains the chosen learners on it in the background, then draws each one's
/// decision regions with the train and test points.</summary>
public partial class DecisionRegionsPanel
{
    private ToyShape shape = ToyShape.Moons;
    private int rows = ToyOptions.Defaults.Rows;
    private double noise = ToyOptions.Defaults.Noise;
    private int seed = ToyOptions.Defaults.Seed;
    private IReadOnlyCollection<string> learners = [];
    private ToyDataset data = null!;
    private IList<Plotly.Blazor.ITrace> pointTraces = [];
    private DecisionRegionSet? result;
    private IReadOnlyList<IList<Plotly.Blazor.ITrace>> regionTraces = [];
    private IJob<DecisionRegionSet>? job;

    protected override void OnInitialized()
    {
        var available = TrainerCatalog.For(TaskKind.Binary).Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        learners = DecisionRegions.Defaults.Trainers.Where(available.Contains).ToList();
        Regenerate(() => { });
    }

    private void OnShape(ToyShape value) => Regenerate(() =>
    {
        shape = value;
        noise = value is ToyShape.Blobs ? 0.6 : value is ToyShape.Spirals or ToyShape.Xor or ToyShape.Checkerboard ? 0.05 : 0.2;
    });

    private void Regenerate(Action change)
    {
        change();
        job?.Cancel();
        result = null;
        data = ToyGenerator.Generate(new ToyOptions(shape, Math.Clamp(rows, 50, 5000), Math.Max(0, noise), seed));
        int train = (int)Math.Round(data.Count * (1 - DecisionRegions.Defaults.TestFraction));
        pointTraces = RegionCharts.Points(data.Take(Enumerable.Range(0, train).ToArray()), data.Take(Enumerable.Range(train, data.Count - train).ToArray()));
    }

    private void Start()
    {
        var snapshot = data;
        var chosen = learners.ToList();
        job = StartJob("lab06:regions", "train", $"Decision regions of {chosen.Count} learners on {shape}", context =>
            Task.FromResult(DecisionRegions.Run(snapshot, chosen, progress: context.Progress, cancellationToken: context.CancellationToken)));
    }

    private void OnFinished(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed || job.Result is not { } done) return;
        result = done;
        regionTraces = result.Regions.Select(r => RegionCharts.Region(result, r)).ToList();
    }
}
