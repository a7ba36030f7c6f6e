using Workbench.Ml.Data;
using Workbench.Ml.Explain.Agnostic;
using Workbench.Ml.Training;

namespace Workbench.Ml.Explain;

/// <summary>Explains a trained model's raw output per original column, choosing the exact method the model allows.</summary>
public static class ModelExplainer
{
    /// <summary>SHAP values for every row of <paramref name="rows"/>, checked for local accuracy on every row.</summary>
    /// <exception cref="ArgumentException">The class index or forced method does not fit the model.</exception>
    /// <exception cref="LocalAccuracyException">Base value + Σ values missed the raw output on some row.</exception>
    public static Explanation Explain(TrainedModel model, TabularData rows, ExplainOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        int classes = model.Task == TaskKind.Multiclass ? model.Classes.Count : 1;
        if (options.ClassIndex < 0 || options.ClassIndex >= classes)
            throw new ArgumentException($"Class index {options.ClassIndex} is outside 0..{classes - 1} for this {model.Task} model.");
        string? className = model.Task == TaskKind.Regression ? null
            : model.Task == TaskKind.Binary ? model.Classes.ElementAtOrDefault(1) : model.Classes[options.ClassIndex];
        var trees = model.Trees(options.ClassIndex);
        var linear = trees is null ? model.Linear(options.ClassIndex) : null;
        var players = trees?.Players ?? model.InputSchema.Select(c => c.Name).ToArray();
        var method = options.Method ?? (trees is not null ? (options.Interventional ? ExplainMethod.TreeInterventional : ExplainMethod.TreePathDependent)
            : linear is not null ? ExplainMethod.Linear
            : players.Count <= ExactShapley.MaxPlayers ? ExplainMethod.ExactEnumeration : ExplainMethod.PermutationSampling);
        var run = method switch
        {
            ExplainMethod.TreePathDependent => PathDependent(model, Require(trees, method), rows, progress, cancellationToken),
            ExplainMethod.TreeInterventional => Interventional(model, Require(trees, method), rows, options, progress, cancellationToken),
            ExplainMethod.Linear => Linear(model, Require(linear, method), players, rows),
            _ => Agnostic(model, method, players, rows, options, progress, cancellationToken),
        };
        var (values, output) = (run.Values.Select(v => v.PerPlayer).ToArray(), run.Output);
        double baseValue = run.Values.Count > 0 ? run.Values[0].BaseValue : run.BaseValue;
        double maxError = LocalAccuracy.Check(baseValue, values, output);
        return new Explanation(method, run.Reason, players, baseValue, values, output, maxError, options.ClassIndex, className,
            run.Background, run.Evaluations);
    }

    private sealed record Run(IReadOnlyList<ShapValues> Values, double[] Output, double BaseValue, string Reason, int Background = 0, long Evaluations = 0);

    private static T Require<T>(T? value, ExplainMethod method) where T : class => value
        ?? throw new ArgumentException($"The method {method} needs a {(method == ExplainMethod.Linear ? "linear" : "tree")} model; choose another method or leave it automatic.");

    private static Run PathDependent(TrainedModel model, TreeEnsemble trees, TabularData rows, IProgress<double>? progress, CancellationToken ct)
    {
        var vectors = model.InputVectors(rows);
        var values = TreeShap.ExplainMany(trees, vectors, progress, ct);
        return new Run(values, vectors.Select(v => trees.Predict(v)).ToArray(), TreeShap.BaseValue(trees),
            $"Tree ensemble of {trees.Trees.Count} trees: exact path-dependent TreeSHAP with covers from the training rows.");
    }

    private static Run Interventional(TrainedModel model, TreeEnsemble trees, TabularData rows, ExplainOptions options,
        IProgress<double>? progress, CancellationToken ct)
    {
        var background = BackgroundSample.Take(options.Background ?? rows, options.BackgroundRows, options.Seed);
        var vectors = model.InputVectors(rows);
        var values = InterventionalTreeShap.ExplainMany(trees, vectors, model.InputVectors(background), progress, ct);
        return new Run(values, vectors.Select(v => trees.Predict(v)).ToArray(), 0,
            $"Tree ensemble of {trees.Trees.Count} trees: exact interventional TreeSHAP over {background.RowCount} background rows.",
            background.RowCount);
    }

    private static Run Linear(TrainedModel model, LinearModelWeights weights, IReadOnlyList<string> players, TabularData rows)
    {
        var vectors = model.InputVectors(rows);
        var values = LinearShap.Explain(weights, players, vectors);
        return new Run(values, vectors.Select(v => LinearShap.Output(weights, v)).ToArray(), 0,
            "Linear model: exact closed form w·(x − mean) per input, summed over each column's inputs.");
    }

    private static Run Agnostic(TrainedModel model, ExplainMethod method, IReadOnlyList<string> players, TabularData rows,
        ExplainOptions options, IProgress<double>? progress, CancellationToken ct)
    {
        var background = BackgroundSample.Take(options.Background ?? rows, options.BackgroundRows, options.Seed);
        var f = RawOutput(model, options.ClassIndex);
        if (method == ExplainMethod.ExactEnumeration)
        {
            var exact = ExactShapley.Explain(f, rows, background, players, progress, ct);
            return new Run(exact, f(rows), 0,
                $"{model.Trainer} has no tree or linear form and {players.Count} columns (≤ {ExactShapley.MaxPlayers}): exact enumeration of all {1 << players.Count} coalitions over {background.RowCount} background rows.",
                background.RowCount, (long)rows.RowCount * (1L << players.Count) * background.RowCount);
        }
        var sampled = PermutationShapley.Explain(f, rows, background, players, options.PermutationPairs, options.Seed, progress, ct);
        long perRow = PermutationShapley.EvaluationsPerRow(players.Count, background.RowCount, options.PermutationPairs);
        return new Run(sampled, f(rows), 0,
            $"{model.Trainer} has no tree or linear form and {players.Count} columns (> {ExactShapley.MaxPlayers}): antithetic permutation sampling, {2 * options.PermutationPairs} orders (seed {options.Seed}), {perRow:N0} model evaluations per row over {background.RowCount} background rows.",
            background.RowCount, perRow * rows.RowCount);
    }

    /// <summary>The raw output function the model-agnostic methods explain: the Score (binary, regression) or the raw
    /// score of class <paramref name="classIndex"/> (multiclass).</summary>
    public static Func<TabularData, double[]> RawOutput(TrainedModel model, int classIndex) => model.Task == TaskKind.Multiclass
        ? data => (model.ClassScores(data) ?? throw new InvalidOperationException("The multiclass model returned no class scores."))
            .Select(s => s[classIndex]).ToArray()
        : data => model.Predict(data).Score;
}
