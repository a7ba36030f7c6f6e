using System.Diagnostics;
using Workbench.Ml.Training;
using Xunit.Abstractions;

namespace Workbench.Ml.Tests.Training;

/// <summary>Issue 3 item 13: train-to-metrics and 5-fold CV on 30,000 rows × 14 features. Prints the times (run in
/// Release: <c>dotnet test -c Release --filter Category=Speed</c>) and asserts only that the models learned.</summary>
public class TrainingSpeedTests(ITestOutputHelper output)
{
    [Theory]
    [Trait("Category", "Speed")]
    [InlineData("LightGbm")]
    [InlineData("FastTree")]
    public void ThirtyThousandRows_TrainToMetricsAndFiveFoldCv(string trainer)
    {
        var data = TrainingData.Binary(30_000, seed: 99, extraFeatures: 10); // x1, x2, colour, day + 10 = 14 features
        var request = new TrainingRequest(TaskKind.Binary, "label", [], trainer, Seed: 1);
        ModelTrainer.Train(TrainingData.Binary(300), request); // load native libraries and JIT first

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var outcome = TrainingSession.Run(data, request, new SplitOptions(TestFraction: 0.2, Seed: 1), folds: 0);
        var trainToMetrics = clock.Elapsed;
        process.Refresh();
        var trainCpu = process.TotalProcessorTime - cpu;
        cpu = process.TotalProcessorTime;

        clock.Restart();
        var cv = CrossValidator.Run(data, request, 5, new SplitOptions(Seed: 1));
        var fiveFold = clock.Elapsed;
        process.Refresh();
        var cvCpu = process.TotalProcessorTime - cpu;

        // CPU time is printed too: on a machine shared with other builds the wall time says more about the load.
        output.WriteLine($"{trainer}: train-to-metrics (80/20, train + evaluate) {trainToMetrics.TotalSeconds:F2} s wall, {trainCpu.TotalSeconds:F2} s CPU; " +
                         $"5-fold CV {fiveFold.TotalSeconds:F2} s wall, {cvCpu.TotalSeconds:F2} s CPU; test AUC {outcome.Test.Metrics["roc_auc"]:F4}; " +
                         $"CV AUC {cv.Summary.First(s => s.Metric == "roc_auc").TestMean:F4}");
        Assert.True(outcome.Test.Metrics["roc_auc"] > 0.75);
        Assert.Equal(5, cv.Folds.Count);
    }
}
