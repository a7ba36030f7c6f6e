using System.Text;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

/// <summary>A stand-in for Workbench.Ml.Training: predicts the training share of the positive class (or the mean),
/// splits the first 75% of rows into train and the rest into test, and folds by row index modulo k.</summary>
internal sealed class FakeTrainingEngine : ITrainingEngine
{
    public static readonly TrainerDescriptor Constant = new("Constant", "Constant", TrainerFamily.Baseline,
        [TaskKind.Binary, TaskKind.Multiclass, TaskKind.Regression],
        [new HyperParameterSpec("Smoothing", HyperParameterKind.Real, "0", 0, 1, null, "Ignored.")], "Predicts a constant.");
    public static readonly TrainerDescriptor RegressionOnly = new("RegressionOnly", "Regression only", TrainerFamily.Baseline,
        [TaskKind.Regression], [], "Regression only.");

    /// <summary>Called before training, with the token (to throw or wait for a cancel).</summary>
    public Action<CancellationToken>? BeforeRun { get; set; }

    public TrainerDescriptor FindTrainer(string name) =>
        new[] { Constant, RegressionOnly }.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new TrainingException($"There is no trainer '{name}'. Trainers: Constant, RegressionOnly.");

    public TrainingOutcome Run(TabularData data, TrainingRequest request, SplitOptions split, int folds, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        BeforeRun?.Invoke(cancellationToken);
        var n = data.RowCount;
        var cut = n * 3 / 4;
        var dataSplit = new DataSplit(Enumerable.Range(0, cut).ToArray(), [], Enumerable.Range(cut, n - cut).ToArray());
        var model = Fit(data, request, dataSplit.Train);
        CrossValidationResult? cv = null;
        if (folds >= 2)
        {
            var results = Enumerable.Range(0, folds).Select(k =>
            {
                var train = dataSplit.Train.Where(i => i % folds != k).ToArray();
                var test = dataSplit.Train.Where(i => i % folds == k).ToArray();
                var foldModel = Fit(data, request, train);
                return new FoldResult(k, train.Length, test.Length, foldModel.Evaluate(data, train).Metrics,
                    foldModel.Evaluate(data, test).Metrics, TimeSpan.FromMilliseconds(10 + k));
            }).ToList();
            cv = new CrossValidationResult(split.Kind, results,
                CrossValidationSummary.Create(results.Select(r => r.Test).ToList(), results.Select(r => r.Train).ToList()));
        }
        progress?.Report(1);
        return new TrainingOutcome(model, dataSplit, model.Evaluate(data, dataSplit.Train), model.Evaluate(data, dataSplit.Test),
            null, cv, TimeSpan.FromMilliseconds(42));
    }

    public TrainedModel Load(byte[] bytes)
    {
        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        return new FakeModel(Enum.Parse<TaskKind>(parts[0]), parts[1], double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
            parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries), []);
    }

    private static FakeModel Fit(TabularData data, TrainingRequest request, int[] rows)
    {
        var label = data[request.Label];
        var features = (request.Features.Count == 0 ? data.Columns.Select(c => c.Name).Where(c => c != request.Label) : request.Features)
            .Select(f => new ModelInputColumn(f, data[f].Type)).ToList();
        if (request.Task == TaskKind.Regression)
            return new FakeModel(request.Task, request.Label, rows.Average(i => label.Numbers![i]), [], features);
        var classes = rows.Select(label.Format).Distinct().Order(StringComparer.Ordinal).Cast<string>().ToArray();
        var positive = request.PositiveClass ?? classes[^1];
        var share = rows.Count(i => label.Format(i) == positive) / (double)rows.Length;
        return new FakeModel(request.Task, request.Label, share, [classes.First(c => c != positive), positive], features);
    }
}

/// <summary>A constant model: the positive-class probability (binary) or the value (regression).</summary>
internal sealed class FakeModel(TaskKind task, string label, double constant, IReadOnlyList<string> classes,
    IReadOnlyList<ModelInputColumn> inputs) : TrainedModel
{
    public override TaskKind Task => task;
    public override string Trainer => "Constant";
    public override string Label => label;
    public override IReadOnlyList<ModelInputColumn> InputSchema => inputs;
    public override IReadOnlyList<string> Classes => classes;
    public override IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string> { ["Smoothing"] = "0" };
    public override int Seed => 1;
    public double Constant => constant;

    public override ModelPredictions Predict(TabularData data) =>
        new(Enumerable.Repeat(constant, data.RowCount).ToArray(), null, null, null);
    public override double[][]? ClassScores(TabularData data) => null;
    public override double[][] InputVectors(TabularData data) => [];
    public override TreeEnsemble? Trees(int classIndex = 0) => null;
    public override LinearModelWeights? Linear(int classIndex = 0) => null;

    public override byte[] Save() => Encoding.UTF8.GetBytes(
        $"{task}|{label}|{constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}|{string.Join(",", classes)}");

    /// <summary>Real metrics of the constant prediction on the given rows.</summary>
    public EvaluationReport Evaluate(TabularData data, int[] rows)
    {
        var label = data[Label];
        if (task == TaskKind.Regression)
        {
            var actual = rows.Select(i => label.Numbers![i]).ToArray();
            var rmse = Math.Sqrt(actual.Average(a => (a - constant) * (a - constant)));
            return new EvaluationReport(task, rows.Length, new Dictionary<string, double> { ["rmse"] = rmse, ["mae"] = actual.Average(a => Math.Abs(a - constant)) },
                null, null, new RegressionDetails(actual, actual.Select(_ => constant).ToArray()));
        }
        var labels = rows.Select(i => label.Format(i) == classes[1]).ToArray();
        var probabilities = labels.Select((_, i) => Math.Clamp(constant + 0.01 * (i % 3), 0, 1)).ToArray();
        var confusion = BinaryConfusion.AtThreshold(labels, probabilities, 0.5);
        var details = new BinaryDetails(classes[1], classes[0], labels, probabilities, 0.5, confusion,
            RocCurve.Compute(labels, probabilities), PrecisionRecallCurve.Compute(labels, probabilities),
            CalibrationCurve.Compute(labels, probabilities));
        return new EvaluationReport(task, rows.Length, new Dictionary<string, double>
        {
            ["accuracy"] = confusion.Accuracy, ["roc_auc"] = details.Roc.Area(), ["cohen_kappa"] = confusion.CohenKappa,
        }, details, null, null);
    }
}
