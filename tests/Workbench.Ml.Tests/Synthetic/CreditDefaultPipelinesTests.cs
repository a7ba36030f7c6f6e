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

    [Fact]
    public void Leaks_ScalerIsUndoneByTheLinearLearnerWhileTheImputerLeaksIntoLightGbm()
    {
        var data = CreditDefaultGenerator.Generate(2000);
        var sample = TableRows.Take(data, DataSplitter.Split(data, CreditDefaultGenerator.Label,
            new SplitOptions(SplitKind.Stratified, 1 - 400 / 2000.0, Seed: 7)).Train);
        var request = new TrainingRequest(TaskKind.Binary, CreditDefaultGenerator.Label, [], "LbfgsLogisticRegression", Seed: 7);
        var split = new SplitOptions(TestFraction: 0.2, Seed: 7);

        var scaler = LeakageDemo.Run(sample, request, LeakageKind.ScalerBeforeSplit, split);
        var imputer = LeakageDemo.Run(sample, request with { Trainer = "LightGbm" }, LeakageKind.ImputerBeforeSplit, split);
        output.WriteLine($"scaler {scaler.HonestScore} / {scaler.LeakyScore}; imputer {imputer.HonestScore} / {imputer.LeakyScore}");

        // The learner standardises inside each fit, which cancels a scaler fitted on all rows (up to float rounding).
        Assert.Equal(scaler.HonestScore, scaler.LeakyScore, 4);
        Assert.Contains("the gap is nil", scaler.Explanation);
        // LightGbm's splits see where the fill value lands among the other values: the all-rows mean shifts it.
        // Measured: honest ROC AUC 0.79339, leaky 0.79694 on these 400 rows.
        Assert.True(imputer.LeakyScore > imputer.HonestScore, $"honest {imputer.HonestScore}, leaky {imputer.LeakyScore}");
    }
}
