using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public sealed class TreePipelineTests
{
    private static readonly Lazy<Workbench.Ml.Data.TabularData> Data = new(() => TrainingData.Binary(800, seed: 5));

    private static MlNetModel Train(string trainer, PipelineSpec pipeline) =>
        (MlNetModel)ModelTrainer.Train(Data.Value, new TrainingRequest(TaskKind.Binary, "label", ["x1", "x2", "colour"], trainer,
            Pipeline: pipeline, Seed: 2));

    private static readonly PipelineSpec ScaleAndOneHot = new([
        new ImputeStep(["x2"], ImputeStrategy.Median),
        new ScaleStep(["x1", "x2"], ScaleMethod.Standard),
        new OneHotStep(["colour"]),
    ]);

    [Fact]
    public void TreeLearner_SkipsScalingAndLeavesCategoriesToTheLearner()
    {
        var model = Train("LightGbm", ScaleAndOneHot);

        Assert.Equal(["impute"], model.Pipeline!.Steps.Select(s => s.Step.Kind));
        // The learner's own encoding of colour keeps the categorical-split annotation: some node splits on categories.
        Assert.Contains(model.Trees()!.Trees.SelectMany(t => t.Nodes), n => n.CategoricalSlots is { Count: > 0 });
    }

    [Fact]
    public void LinearLearner_KeepsEveryStep()
    {
        var model = Train("LbfgsLogisticRegression", ScaleAndOneHot);

        Assert.Equal(["impute", "scale", "one_hot"], model.Pipeline!.Steps.Select(s => s.Step.Kind));
    }

    [Fact]
    public void ScaledColumnUsedByALaterFormula_IsStillScaled()
    {
        var pipeline = new PipelineSpec([new ScaleStep(["x1"], ScaleMethod.Standard), new FormulaStep("twice", "[x1] * 2"),
            new OneHotStep(["colour"]), new DropStep(["colour_red"])]);

        var model = Train("FastTree", pipeline);

        // The formula reads the scaled x1 and the drop names a one-hot output, so both steps stay: the pipeline means the same.
        Assert.Equal(["scale", "formula", "one_hot", "drop"], model.Pipeline!.Steps.Select(s => s.Step.Kind));
    }

    [Fact]
    public void SkippingTheScale_GivesTheSameTreesAsNoScale()
    {
        var scaled = Train("FastTree", new PipelineSpec([new ScaleStep(["x1"], ScaleMethod.Standard)]));
        var plain = Train("FastTree", new PipelineSpec([]));

        Assert.Equal(plain.Predict(Data.Value).Score, scaled.Predict(Data.Value).Score);
    }
}
