using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Agnostic;
using Workbench.Ml.Explain.Inspection;
using Workbench.Ml.Tests.Explain.Agnostic;
using Workbench.Ml.Tests.Training;
using Workbench.Ml.Training;
using Xunit.Abstractions;
using static Workbench.Ml.Tests.Explain.Benchmarks.TreeShapBenchmarks;

namespace Workbench.Ml.Tests.Explain.Benchmarks;

public class InspectionBenchmarks(ITestOutputHelper output)
{
    [BenchmarkFact]
    public void ModelAgnosticPartialDependenceAndImportance()
    {
        // Exact enumeration: 8 columns × 100 rows × 100 background rows with a cheap function (2^8 · 100 evaluations per row).
        var rows = AgnosticTables.Numeric(8, 100, seed: 1);
        var background = AgnosticTables.Numeric(8, 100, seed: 2);
        var f = AgnosticTables.RowWise(x => x[0] * x[1] + Math.Sin(x[2]) + x.Sum());
        ExactShapley.Explain(f, BackgroundSample.Rows(rows, [0]), background, AgnosticTables.Names(8));
        var (wall, cpu) = Measure(() => ExactShapley.Explain(f, rows, background, AgnosticTables.Names(8)));
        output.WriteLine($"exact SHAP, function, 8 columns × 100 rows × 100 background: wall {wall:F0} ms, CPU {cpu:F0} ms, load {LoadAverage()}");

        var data = TrainingData.Binary(2000);
        var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Binary, "label", [], "LightGbm", Seed: 1));
        var small = BackgroundSample.Take(data, 20, 3);
        (wall, cpu) = Measure(() => ModelExplainer.Explain(model, small, new ExplainOptions(Method: ExplainMethod.ExactEnumeration, Background: data, BackgroundRows: 100)));
        output.WriteLine($"exact SHAP, LightGbm model via Predict, 4 columns × 20 rows × 100 background: wall {wall:F0} ms, CPU {cpu:F0} ms");
        (wall, cpu) = Measure(() => ModelExplainer.Explain(model, data, new ExplainOptions()));
        output.WriteLine($"path-dependent TreeSHAP via ModelExplainer, 2,000 rows (incl. input vectors): wall {wall:F0} ms, CPU {cpu:F0} ms");
        (wall, cpu) = Measure(() => ModelExplainer.Explain(model, BackgroundSample.Take(data, 200, 1), new ExplainOptions(Interventional: true, Background: data)));
        output.WriteLine($"interventional TreeSHAP, 200 rows × 100 background: wall {wall:F0} ms, CPU {cpu:F0} ms");

        var raw = ModelInspection.Output(model, probability: false);
        (wall, cpu) = Measure(() => PartialDependence.OneWay(raw, data, "x1"));
        output.WriteLine($"PDP 1-D, 100 grid points × 1,000 sampled rows (ICE included): wall {wall:F0} ms, CPU {cpu:F0} ms");
        (wall, cpu) = Measure(() => PartialDependence.TwoWay(raw, data, "x1", "x2", new PartialDependenceOptions(GridResolution: 20, SampleRows: 500)));
        output.WriteLine($"PDP 2-D, 20 × 20 grid × 500 sampled rows: wall {wall:F0} ms, CPU {cpu:F0} ms");
        (wall, cpu) = Measure(() => ModelInspection.PermutationImportance(model, data, "roc_auc", repeats: 5, seed: 1));
        output.WriteLine($"permutation importance, 4 columns × 5 repeats × 2,000 rows (AUC): wall {wall:F0} ms, CPU {cpu:F0} ms");
    }
}
