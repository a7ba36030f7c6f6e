using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class TrainedModelFileTests
{
    [Fact]
    public void CorruptBytes_ThrowTrainingException()
    {
        Assert.Throws<TrainingException>(() => TrainedModelFile.Load([1, 2, 3, 4]));
        var bytes = ModelTrainer.Train(TrainingData.Regression(200), new TrainingRequest(TaskKind.Regression, "y", [], "FastTree")).Save();
        Assert.Throws<TrainingException>(() => TrainedModelFile.Load(bytes[..(bytes.Length / 2)]));
    }

    [Fact]
    public void LoadedMulticlassModel_PredictsTheSameProbabilities()
    {
        var data = TrainingData.Multiclass(400);
        var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Multiclass, "label", [], "LightGbm"));
        var loaded = TrainedModelFile.Load(model.Save());
        var before = model.Predict(data).ClassProbabilities!;
        var after = loaded.Predict(data).ClassProbabilities!;
        for (var r = 0; r < before.Length; r++)
            for (var k = 0; k < 3; k++) Assert.Equal(before[r][k], after[r][k], 12);
        Assert.Equal(model.Classes, loaded.Classes);
        Assert.Equal(model.InputSchema, loaded.InputSchema);
    }

    [Fact]
    public void LoadedTreeModel_KeepsCovers()
    {
        var data = TrainingData.Regression(300);
        var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Regression, "y", [], "LightGbm"));
        var loaded = TrainedModelFile.Load(model.Save());
        var a = model.Trees()!;
        var b = loaded.Trees()!;
        Assert.Equal(a.Trees.Select(t => t.Nodes.Sum(n => n.Cover)), b.Trees.Select(t => t.Nodes.Sum(n => n.Cover)));
        Assert.Equal(a.Slots, b.Slots);
        Assert.Equal(300, b.Trees[0].Nodes[0].Cover);
    }
}
