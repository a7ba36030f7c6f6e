using Workbench.Ml.Synthetic;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Synthetic;

public sealed class CreditDefaultPipelinesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void PipelineB_BeatsPipelineAOnCrossValidatedLogLoss()
    {
        var data = CreditDefaultGenerator.Generate();
        var split = DataSplitter.Split(data, CreditDefaultGenerator.Label, new SplitOptions(TestFraction: 0.2, Seed: 42));
        var train = TableRows.Take(data, split.Train);
        double LogLoss(Workbench.Ml.Pipelines.PipelineSpec pipeline)
        {
            var request = new TrainingRequest(TaskKind.Binary, CreditDefaultGenerator.Label, CreditDefaultPipelines.Features,
                "LbfgsLogisticRegression", Pipeline: pipeline, Seed: 42);
            var cv = CrossValidator.Run(train, request, 5, new SplitOptions(Seed: 42));
            return cv.Summary.Single(s => s.Metric == "log_loss").TestMean;
        }

        var a = LogLoss(CreditDefaultPipelines.A);
        var b = LogLoss(CreditDefaultPipelines.B);

        output.WriteLine($"A {a:0.#####}, B {b:0.#####}");
        // scikit-learn 1.2.1 on the same table (pandas export, train_test_split(test_size=0.2, random_state=42),
        // cross_validate(cv=5, scoring="neg_log_loss"), LogisticRegression(max_iter=1000)): A 0.22982, B 0.20694.
        // ML.NET's L-BFGS logistic regression regularises differently, so only the ranking and the size are checked here.
        Assert.True(b < a - 0.01, $"A {a}, B {b}");
        Assert.InRange(a, 0.20, 0.26);
        Assert.InRange(b, 0.19, 0.23);
    }
}
