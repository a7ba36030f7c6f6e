namespace Workbench.Ml.Training;

public static partial class TrainerCatalog
{
    private static List<TrainerDescriptor> Descriptors()
    {
        TaskKind[] Binary = [TaskKind.Binary], Multiclass = [TaskKind.Multiclass], Regression = [TaskKind.Regression];
        TaskKind[] Classification = [TaskKind.Binary, TaskKind.Multiclass];
        return [
        new("MostFrequent", "Most frequent class", TrainerFamily.Baseline, Classification, [],
            "Always predicts the majority class of the training rows with probability 1 (DummyClassifier strategy=\"most_frequent\")."),
        new("Prior", "Class prior", TrainerFamily.Baseline, Classification, [],
            "Predicts the class shares of the training rows as probabilities (DummyClassifier strategy=\"prior\")."),
        new("Mean", "Mean", TrainerFamily.Baseline, Regression, [], "Always predicts the mean label of the training rows (DummyRegressor strategy=\"mean\")."),
        new("Median", "Median", TrainerFamily.Baseline, Regression, [], "Always predicts the median label of the training rows (DummyRegressor strategy=\"median\")."),
        new("LightGbm", "LightGBM", TrainerFamily.Tree, [TaskKind.Binary, TaskKind.Multiclass, TaskKind.Regression],
            [Iterations("NumberOfIterations", 100),
             new("NumberOfLeaves", HyperParameterKind.Integer, Auto, 2, 1024, null, "Most leaves per tree; auto lets ML.NET choose from the data size."),
             new("MinimumExampleCountPerLeaf", HyperParameterKind.Integer, Auto, 1, 100_000, null, "Fewest training rows a leaf may hold; auto lets ML.NET choose."),
             new("LearningRate", HyperParameterKind.Real, Auto, 1e-6, 1, null, "Shrinkage of each tree's contribution; auto lets ML.NET choose from the data size."),
             Real("L2Regularization", 0.01, 0, 1000, "L2 penalty on leaf values (LightGBM lambda_l2)."),
             Real("L1Regularization", 0, 0, 1000, "L1 penalty on leaf values (LightGBM lambda_l1)."),
             Bool("UseCategoricalSplit", true, "Split one-hot encoded columns as categories (the workbench keeps the category slots together).")],
            "Gradient-boosted trees grown leaf-wise by the LightGBM library; fast and usually the strongest here."),
        new("FastTree", "FastTree (boosted trees)", TrainerFamily.Tree, [TaskKind.Binary, TaskKind.Regression],
            [Iterations("NumberOfTrees", 100), Leaves(20), MinLeaf(10), Rate(0.2), CategoricalSplit()],
            "ML.NET's gradient-boosted trees (MART); binary models come with a Platt calibrator."),
        new("FastForest", "FastForest (random forest)", TrainerFamily.Tree, [TaskKind.Binary, TaskKind.Regression],
            [Iterations("NumberOfTrees", 100), Leaves(20), MinLeaf(10),
             Real("FeatureFraction", 0.7, 0.01, 1, "Share of features each tree may use."), CategoricalSplit()],
            "A random forest of ML.NET trees; binary scores get a Platt calibrator fitted on the training rows."),
        new("FastTreeOneVersusAll", "FastTree one-versus-all", TrainerFamily.Tree, Multiclass,
            [Iterations("NumberOfTrees", 100), Leaves(20), MinLeaf(10), Rate(0.2)],
            "One calibrated FastTree per class (ML.NET OneVersusAll); class probabilities are normalised."),
        new("Gam", "Generalized additive model", TrainerFamily.Other, [TaskKind.Binary, TaskKind.Regression],
            [Iterations("NumberOfIterations", 9500), Rate(0.002),
             Int("MaximumBinCountPerFeature", 255, 2, 10000, "Most bins per feature for the shape functions.")],
            "A sum of one-feature shape functions learned by boosting; slow (several seconds on a few thousand rows)."),
        new("SdcaLogisticRegression", "Logistic regression (SDCA)", TrainerFamily.Linear, Binary, Sdca(),
            "Logistic regression fitted by stochastic dual coordinate ascent on standardised numeric inputs."),
        new("LbfgsLogisticRegression", "Logistic regression (L-BFGS)", TrainerFamily.Linear, Binary, Lbfgs(),
            "Logistic regression fitted by L-BFGS on standardised numeric inputs."),
        new("AveragedPerceptron", "Averaged perceptron", TrainerFamily.Linear, Binary,
            [Iterations("NumberOfIterations", 10), Real("LearningRate", 1, 1e-6, 100, "Step size of each update."),
             Real("L2Regularization", 0, 0, 100, "L2 penalty on the weights.")],
            "A linear classifier trained by averaged perceptron updates; scores get a Platt calibrator."),
        new("LinearSvm", "Linear SVM (Pegasos)", TrainerFamily.Linear, Binary,
            [Iterations("NumberOfIterations", 1), Real("Lambda", 0.001, 1e-9, 100, "Regularization strength.")],
            "A linear support vector machine trained with Pegasos; scores get a Platt calibrator."),
        new("LbfgsMaximumEntropy", "Multinomial logistic regression (L-BFGS)", TrainerFamily.Linear, Multiclass, Lbfgs(),
            "Softmax (maximum entropy) regression fitted by L-BFGS on standardised numeric inputs."),
        new("SdcaMaximumEntropy", "Multinomial logistic regression (SDCA)", TrainerFamily.Linear, Multiclass, Sdca(),
            "Softmax (maximum entropy) regression fitted by SDCA on standardised numeric inputs."),
        new("Sdca", "Linear regression (SDCA)", TrainerFamily.Linear, Regression, Sdca(),
            "Least-squares linear regression fitted by SDCA on standardised numeric inputs."),
        new("OnlineGradientDescent", "Linear regression (online gradient descent)", TrainerFamily.Linear, Regression,
            [Iterations("NumberOfIterations", 1), Real("LearningRate", 0.1, 1e-6, 10, "Step size of each update."),
             Real("L2Regularization", 0, 0, 100, "L2 penalty on the weights.")],
            "Least-squares linear regression trained by stochastic gradient descent."),
        new("LbfgsPoissonRegression", "Poisson regression (L-BFGS)", TrainerFamily.Other, Regression, Lbfgs(),
            "A log-linear model for counts: predicts exp(w·x + b); labels must be non-negative."),
        ];
    }

    private static HyperParameterSpec Int(string name, int value, int min, int max, string help) =>
        new(name, HyperParameterKind.Integer, value.ToString(System.Globalization.CultureInfo.InvariantCulture), min, max, null, help);

    private static HyperParameterSpec Real(string name, double value, double min, double max, string help) =>
        new(name, HyperParameterKind.Real, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), min, max, null, help);

    private static HyperParameterSpec Bool(string name, bool value, string help) =>
        new(name, HyperParameterKind.Boolean, value ? "true" : "false", null, null, null, help);

    private static HyperParameterSpec Iterations(string name, int value) =>
        Int(name, value, 1, 100_000, name == "NumberOfTrees" ? "Number of trees in the ensemble." : "Number of boosting rounds or passes over the data.");

    private static HyperParameterSpec Leaves(int value) => Int("NumberOfLeaves", value, 2, 1024, "Most leaves per tree.");

    private static HyperParameterSpec MinLeaf(int value) =>
        Int("MinimumExampleCountPerLeaf", value, 1, 100_000, "Fewest training rows a leaf may hold.");

    private static HyperParameterSpec Rate(double value) => Real("LearningRate", value, 1e-6, 1, "Shrinkage of each tree's contribution.");

    private static HyperParameterSpec CategoricalSplit() =>
        Bool("CategoricalSplit", true, "Split one-hot encoded columns as categories (ML.NET's own default is false).");

    private static HyperParameterSpec[] Sdca() =>
    [
        new("L2Regularization", HyperParameterKind.Real, Auto, 0, 1000, null, "L2 penalty on the weights; auto lets ML.NET choose it from the data."),
        new("L1Regularization", HyperParameterKind.Real, Auto, 0, 1000, null, "L1 penalty on the weights; auto lets ML.NET choose it."),
        new("MaximumNumberOfIterations", HyperParameterKind.Integer, Auto, 1, 100_000, null, "Most passes over the data; auto lets ML.NET choose it."),
    ];

    private static HyperParameterSpec[] Lbfgs() =>
    [
        Real("L2Regularization", 1, 0, 1000, "L2 penalty on the weights."),
        Real("L1Regularization", 1, 0, 1000, "L1 penalty on the weights."),
        Real("OptimizationTolerance", 1e-7, 1e-12, 1, "Stop when the loss improves by less than this."),
        Int("HistorySize", 20, 1, 1000, "Past updates L-BFGS keeps to approximate the curvature."),
    ];
}
