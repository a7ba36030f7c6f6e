using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Workbench.Ml.Training;

/// <summary>Creates the ML.NET trainer (estimator) for a catalog entry, task and hyperparameters, reading Label and
/// Features. SDCA and L-BFGS run on one thread so the same seed gives the same model.</summary>
internal static class LearnerFactory
{
    /// <summary>Threads of a LightGbm fit: two, the same for every fit, and one LightGbm fit at a time in the process
    /// (<see cref="Fit"/>). LightGbm's native library is not safe for fits running side by side: with folds
    /// fitted in parallel it crashed with segmentation faults, with one thread per fit and with mixed counts.
    /// Deterministic, column-wise histograms make the model the same for any thread count.</summary>
    public const int Threads = 2;

    private static readonly object NativeFitLock = new();

    /// <summary>Fits <paramref name="learner"/>; a LightGbm learner waits for any other LightGbm fit of the process to
    /// end (see <see cref="Threads"/>). The rest of a training run (featurizing, scoring, covers) still runs side by side.</summary>
    public static ITransformer Fit(IEstimator<ITransformer> learner, string trainer, IDataView data)
    {
        if (trainer != "LightGbm") return learner.Fit(data);
        lock (NativeFitLock) return learner.Fit(data);
    }

    public static IEstimator<ITransformer> Create(MLContext ml, string trainer, TaskKind task, HyperParameterValues p, int seed) =>
        (trainer, task) switch
        {
            ("LightGbm", TaskKind.Binary) => ml.BinaryClassification.Trainers.LightGbm(LightGbm(new LightGbmBinaryTrainer.Options(), p, seed)),
            ("LightGbm", TaskKind.Multiclass) => ml.MulticlassClassification.Trainers.LightGbm(LightGbm(new LightGbmMulticlassTrainer.Options(), p, seed)),
            ("LightGbm", TaskKind.Regression) => ml.Regression.Trainers.LightGbm(LightGbm(new LightGbmRegressionTrainer.Options(), p, seed)),
            ("FastTree", TaskKind.Binary) => ml.BinaryClassification.Trainers.FastTree(FastTree(new FastTreeBinaryTrainer.Options(), p, seed)),
            ("FastTree", TaskKind.Regression) => ml.Regression.Trainers.FastTree(FastTree(new FastTreeRegressionTrainer.Options(), p, seed)),
            ("FastForest", TaskKind.Binary) => ml.BinaryClassification.Trainers.FastForest(Forest(new FastForestBinaryTrainer.Options(), p, seed)),
            ("FastForest", TaskKind.Regression) => ml.Regression.Trainers.FastForest(Forest(new FastForestRegressionTrainer.Options(), p, seed)),
            ("FastTreeOneVersusAll", TaskKind.Multiclass) => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.FastTree(FastTree(new FastTreeBinaryTrainer.Options { CategoricalSplit = true }, p, seed))),
            ("Gam", TaskKind.Binary) => ml.BinaryClassification.Trainers.Gam(Gam(new GamBinaryTrainer.Options(), p, seed)),
            ("Gam", TaskKind.Regression) => ml.Regression.Trainers.Gam(Gam(new GamRegressionTrainer.Options(), p, seed)),
            ("SdcaLogisticRegression", TaskKind.Binary) => ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                Sdca(new SdcaLogisticRegressionBinaryTrainer.Options(), p)),
            ("LbfgsLogisticRegression", TaskKind.Binary) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                Lbfgs(new LbfgsLogisticRegressionBinaryTrainer.Options(), p)),
            ("AveragedPerceptron", TaskKind.Binary) => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                NumberOfIterations = p.Int("NumberOfIterations"), LearningRate = (float)p.Real("LearningRate"),
                L2Regularization = (float)p.Real("L2Regularization"),
            }),
            ("LinearSvm", TaskKind.Binary) => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                NumberOfIterations = p.Int("NumberOfIterations"), Lambda = (float)p.Real("Lambda"),
            }),
            ("LbfgsMaximumEntropy", TaskKind.Multiclass) => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                Lbfgs(new LbfgsMaximumEntropyMulticlassTrainer.Options(), p)),
            ("SdcaMaximumEntropy", TaskKind.Multiclass) => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                Sdca(new SdcaMaximumEntropyMulticlassTrainer.Options(), p)),
            ("Sdca", TaskKind.Regression) => ml.Regression.Trainers.Sdca(Sdca(new SdcaRegressionTrainer.Options(), p)),
            ("OnlineGradientDescent", TaskKind.Regression) => ml.Regression.Trainers.OnlineGradientDescent(new OnlineGradientDescentTrainer.Options
            {
                NumberOfIterations = p.Int("NumberOfIterations"), LearningRate = (float)p.Real("LearningRate"),
                L2Regularization = (float)p.Real("L2Regularization"),
            }),
            ("LbfgsPoissonRegression", TaskKind.Regression) => ml.Regression.Trainers.LbfgsPoissonRegression(
                Lbfgs(new LbfgsPoissonRegressionTrainer.Options(), p)),
            _ => throw new TrainingException($"The trainer {trainer} cannot do {task} tasks."),
        };

    private static T LightGbm<T>(T o, HyperParameterValues p, int seed) where T : class => Options.Set(o,
        ("NumberOfIterations", p.Int("NumberOfIterations")), ("NumberOfLeaves", p.AutoInt("NumberOfLeaves")),
        ("MinimumExampleCountPerLeaf", p.AutoInt("MinimumExampleCountPerLeaf")), ("LearningRate", p.AutoReal("LearningRate")),
        ("UseCategoricalSplit", p.Bool("UseCategoricalSplit")), ("Seed", seed), ("Silent", true), ("NumberOfThreads", Threads),
        ("Deterministic", true), ("ForceColumnWise", true),
        ("Booster", new GradientBooster.Options { L2Regularization = p.Real("L2Regularization"), L1Regularization = p.Real("L1Regularization") }));

    private static T FastTree<T>(T o, HyperParameterValues p, int seed) where T : BoostedTreeOptions => Options.Set(o,
        ("NumberOfTrees", p.Int("NumberOfTrees")), ("NumberOfLeaves", p.Int("NumberOfLeaves")),
        ("MinimumExampleCountPerLeaf", p.Int("MinimumExampleCountPerLeaf")), ("LearningRate", p.Real("LearningRate")),
        ("CategoricalSplit", p.Has("CategoricalSplit") ? p.Bool("CategoricalSplit") : o.CategoricalSplit), ("Seed", seed));

    private static T Forest<T>(T o, HyperParameterValues p, int seed) where T : TreeOptions => Options.Set(o,
        ("NumberOfTrees", p.Int("NumberOfTrees")), ("NumberOfLeaves", p.Int("NumberOfLeaves")),
        ("MinimumExampleCountPerLeaf", p.Int("MinimumExampleCountPerLeaf")), ("FeatureFraction", p.Real("FeatureFraction")),
        ("CategoricalSplit", p.Bool("CategoricalSplit")), ("Seed", seed));

    private static T Gam<T>(T o, HyperParameterValues p, int seed) where T : class => Options.Set(o,
        ("NumberOfIterations", p.Int("NumberOfIterations")), ("LearningRate", p.Real("LearningRate")),
        ("MaximumBinCountPerFeature", p.Int("MaximumBinCountPerFeature")), ("Seed", seed));

    private static T Sdca<T>(T o, HyperParameterValues p) where T : class => Options.Set(o,
        ("L2Regularization", p.AutoReal("L2Regularization")), ("L1Regularization", p.AutoReal("L1Regularization")),
        ("MaximumNumberOfIterations", p.AutoInt("MaximumNumberOfIterations")), ("NumberOfThreads", 1));

    private static T Lbfgs<T>(T o, HyperParameterValues p) where T : class => Options.Set(o,
        ("L2Regularization", p.Real("L2Regularization")), ("L1Regularization", p.Real("L1Regularization")),
        ("OptimizationTolerance", p.Real("OptimizationTolerance")), ("HistorySize", p.Int("HistorySize")), ("NumberOfThreads", 1));
}
