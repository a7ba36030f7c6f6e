using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.MlNet;
using Xunit.Abstractions;

namespace Workbench.Ml.Tests.Explain.MlNet;

public class MlNetMulticlassExportTests(ITestOutputHelper output)
{
    private static readonly Lazy<SyntheticTreeData> Data = new(() => new SyntheticTreeData());

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("LightGbmSoftmax")]
    [InlineData("OneVersusAllFastTree")]
    public void EachClassEnsemble_ReproducesTheRawClassScores(string trainer)
    {
        var data = Data.Value;
        var (model, scored) = Train(data, trainer);
        int classes = MlNetTreeExport.ClassCount(model);
        Assert.Equal(3, classes);
        var ensembles = Enumerable.Range(0, classes).Select(k => MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players, k)).ToArray();
        var rows = data.FeatureRows();
        var scores = scored.GetColumn<float[]>("Score").ToArray();
        double worst = 0;
        for (int r = 0; r < rows.Length; r++)
        {
            var raw = ensembles.Select(e => e.Predict(rows[r])).ToArray();
            Assert.True(raw.Distinct().Count() > 1 || r > 0, "every class has the same raw score");
            var expected = Normalise(raw, trainer);
            for (int k = 0; k < classes; k++)
            {
                worst = Math.Max(worst, Math.Abs(expected[k] - scores[r][k]));
                Assert.True(Math.Abs(expected[k] - scores[r][k]) <= 1e-6, $"{trainer} row {r} class {k}: {expected[k]} vs ML.NET {scores[r][k]}");
            }
        }
        output.WriteLine($"{trainer}: {ensembles.Sum(e => e.Trees.Count)} trees, max |class score − ML.NET| = {worst:E2}");
    }

    [Fact]
    public void ClassIndexOutOfRange_ThrowsWithTheClassCount()
    {
        var data = Data.Value;
        var (model, _) = Train(data, "LightGbm");
        var error = Assert.Throws<ArgumentException>(() => MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players, 3));
        Assert.Contains("3-class", error.Message);
    }

    // LightGbm multiclass scores 1 / (1 + exp(−0.5·raw_k)) normalised to sum 1 (its default one-versus-all objective with
    // Sigmoid = 0.5), or softmax(raw) with UseSoftmax; one-versus-all without probabilities scores the raw outputs themselves.
    private static double[] Normalise(double[] raw, string trainer)
    {
        if (trainer == "LightGbmSoftmax")
        {
            double max = raw.Max();
            var e = raw.Select(v => Math.Exp(v - max)).ToArray();
            return e.Select(v => v / e.Sum()).ToArray();
        }
        if (trainer == "LightGbm")
        {
            var p = raw.Select(v => 1 / (1 + Math.Exp(-0.5 * v))).ToArray();
            return p.Select(v => v / p.Sum()).ToArray();
        }
        return raw;
    }

    private static (ITransformer Model, IDataView Scored) Train(SyntheticTreeData data, string trainer)
    {
        var ml = data.Ml;
        var labeled = ml.Transforms.Conversion.MapValueToKey("Class", "Band").Fit(data.Featurized).Transform(data.Featurized);
        ITransformer model = trainer.StartsWith("LightGbm", StringComparison.Ordinal)
            ? ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "Class", NumberOfIterations = 15, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5,
                UseSoftmax = trainer == "LightGbmSoftmax" ? true : null,
            }).Fit(labeled)
            : ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            { LabelColumnName = "Class", NumberOfTrees = 10, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5 }),
                labelColumnName: "Class", useProbabilities: false).Fit(labeled);
        return (model, model.Transform(labeled));
    }
}
