using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Workbench.Ml.Explain;
using Xunit.Abstractions;
using Workbench.Ml.Explain.MlNet;

namespace Workbench.Ml.Tests.Explain.MlNet;

public class MlNetTreeExportTests(ITestOutputHelper output)
{
    private static readonly Lazy<SyntheticTreeData> Data = new(() => new SyntheticTreeData());

    public static TheoryData<string, bool> Trainers => new()
    {
        { "FastTreeBinary", false }, { "FastTreeBinaryCategorical", true }, { "LightGbmBinary", false },
        { "LightGbmBinaryCategorical", true }, { "FastForestBinary", false }, { "FastForestBinaryCategorical", true }, { "FastTreeRegressionCategorical", true },
        { "LightGbmRegressionCategorical", true }, { "FastTreeRegression", false }, { "LightGbmRegression", false },
        { "FastForestRegression", false },
    };

    [Theory]
    [MemberData(nameof(Trainers))]
    public void ExportedTrees_ReproduceScoreOnEveryRow(string trainer, bool categorical)
    {
        var data = Data.Value;
        var model = Train(data, trainer, categorical);
        var ensemble = MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players);
        var rows = data.FeatureRows();
        var scores = model.Transform(data.Featurized).GetColumn<float>("Score").ToArray();
        Assert.Equal(rows.Length, scores.Length);
        double maxError = 0;
        for (int r = 0; r < rows.Length; r++)
        {
            double predicted = ensemble.Predict(rows[r]);
            maxError = Math.Max(maxError, Math.Abs(predicted - scores[r]));
            Assert.True(Math.Abs(predicted - scores[r]) <= 1e-5 * Math.Max(1, Math.Abs(scores[r])),
                $"{trainer} row {r}: exported {predicted}, ML.NET Score {scores[r]}.");
        }
        int categoricalNodes = ensemble.Trees.Sum(t => t.Nodes.Count(n => n.CategoricalSlots is not null));
        output.WriteLine($"{trainer}: {ensemble.Trees.Count} trees, {categoricalNodes} categorical nodes, max |export - Score| = {maxError:E2}");
        if (categorical) Assert.True(categoricalNodes > 0, $"{trainer} exported no categorical split.");
        else Assert.Equal(0, categoricalNodes);
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void TreeShapOnExport_IsLocallyAccurateOnEveryRow(string trainer, bool categorical)
    {
        var data = Data.Value;
        var model = Train(data, trainer, categorical);
        var rows = data.FeatureRows();
        var ensemble = CoverCalculator.WithCovers(
            MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players), rows);
        Assert.All(ensemble.Trees.Where(t => t.Nodes.Count > 0), t => Assert.Equal(rows.Length, t.Nodes[0].Cover));
        var values = TreeShap.ExplainMany(ensemble, rows);
        for (int r = 0; r < rows.Length; r++)
        {
            double output = ensemble.Predict(rows[r]);
            Assert.True(Math.Abs(values[r].Total - output) <= 1e-9, $"{trainer} row {r}: base + Σφ = {values[r].Total}, output {output}.");
        }
        Assert.Contains(values, v => Math.Abs(v.PerPlayer[3]) > 1e-6);
    }

    [Fact]
    public void SavedAndLoadedChain_ExportsTheSameTrees()
    {
        var data = Data.Value;
        var model = Train(data, "LightGbmBinaryCategorical", true);
        string path = Path.Combine(Path.GetTempPath(), $"treeexport-{Guid.NewGuid():N}.zip");
        try
        {
            data.Ml.Model.Save(new TransformerChain<ITransformer>(model), data.Featurized.Schema, path);
            var loaded = data.Ml.Model.Load(path, out _);
            var original = MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players);
            var reloaded = MlNetTreeExport.FromTransformer(loaded, data.SlotNames, data.SlotPlayer, data.Players);
            var rows = data.FeatureRows();
            Assert.Equal(original.Trees.Count, reloaded.Trees.Count);
            Assert.All(rows, row => Assert.Equal(original.Predict(row), reloaded.Predict(row)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TooFewSlotNames_ThrowsNamingTheSlot()
    {
        var data = Data.Value;
        var model = Train(data, "FastTreeBinary", false);
        var ex = Assert.Throws<ArgumentException>(() => MlNetTreeExport.FromTransformer(model, ["X1"], [0], ["X1"]));
        Assert.Contains("slot names were given", ex.Message);
    }

    [Fact]
    public void NonTreeModel_ThrowsWithTheModelType()
    {
        var data = Data.Value;
        var model = data.Ml.BinaryClassification.Trainers.SdcaLogisticRegression().Fit(data.Featurized);
        var ex = Assert.Throws<ArgumentException>(() => MlNetTreeExport.FromTransformer(model, data.SlotNames, data.SlotPlayer, data.Players));
        Assert.Contains("not a tree ensemble", ex.Message);
    }

    private static ITransformer Train(SyntheticTreeData data, string trainer, bool categorical)
    {
        var trainers = data.Ml.BinaryClassification.Trainers;
        var regression = data.Ml.Regression.Trainers;
        return trainer switch
        {
            "FastTreeBinary" or "FastTreeBinaryCategorical" => trainers.FastTree(new FastTreeBinaryTrainer.Options
            { NumberOfTrees = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, CategoricalSplit = categorical }).Fit(data.Featurized),
            "LightGbmBinary" or "LightGbmBinaryCategorical" => trainers.LightGbm(new LightGbmBinaryTrainer.Options
            { NumberOfIterations = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, UseCategoricalSplit = categorical }).Fit(data.Featurized),
            "FastForestBinary" or "FastForestBinaryCategorical" => trainers.FastForest(new FastForestBinaryTrainer.Options
            { NumberOfTrees = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, CategoricalSplit = categorical }).Fit(data.Featurized),
            "FastTreeRegression" or "FastTreeRegressionCategorical" => regression.FastTree(new FastTreeRegressionTrainer.Options
            { LabelColumnName = "Target", NumberOfTrees = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, CategoricalSplit = categorical }).Fit(data.Featurized),
            "LightGbmRegression" or "LightGbmRegressionCategorical" => regression.LightGbm(new LightGbmRegressionTrainer.Options
            { LabelColumnName = "Target", NumberOfIterations = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, UseCategoricalSplit = categorical }).Fit(data.Featurized),
            "FastForestRegression" => regression.FastForest(new FastForestRegressionTrainer.Options
            { LabelColumnName = "Target", NumberOfTrees = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5 }).Fit(data.Featurized),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Unknown trainer."),
        };
    }
}
