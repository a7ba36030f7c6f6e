using Workbench.Ml.Data;

namespace Workbench.Ml.Explain;

/// <summary>How SHAP values were computed.</summary>
public enum ExplainMethod
{
    /// <summary>Exact tree-path-dependent TreeSHAP with training-row covers.</summary>
    TreePathDependent,
    /// <summary>Exact interventional TreeSHAP over a background sample.</summary>
    TreeInterventional,
    /// <summary>Closed form of a linear model with independent inputs.</summary>
    Linear,
    /// <summary>Exact enumeration of every coalition over a background sample (at most 12 players).</summary>
    ExactEnumeration,
    /// <summary>Antithetic permutation sampling over a background sample.</summary>
    PermutationSampling,
}

/// <summary>Settings of an explanation.</summary>
/// <param name="ClassIndex">Multiclass: the class whose raw score is explained (index into the model's classes).</param>
/// <param name="Method">A method to force, or null to choose from the model (trees, linear, else model-agnostic).</param>
/// <param name="Interventional">For tree models: use interventional TreeSHAP instead of the path-dependent form.</param>
/// <param name="Background">Background rows (original columns), typically training rows; null samples the explained rows.</param>
/// <param name="BackgroundRows">At most this many background rows are used (a seeded sample).</param>
/// <param name="PermutationPairs">Antithetic pairs of orders per row for permutation sampling.</param>
public sealed record ExplainOptions(int ClassIndex = 0, ExplainMethod? Method = null, bool Interventional = false,
    TabularData? Background = null, int BackgroundRows = ExplainOptions.Defaults.BackgroundRows,
    int PermutationPairs = ExplainOptions.Defaults.PermutationPairs, int Seed = 1)
{
    /// <summary>Defaults.</summary>
    public static class Defaults
    {
        /// <summary>Background sample size.</summary>
        public const int BackgroundRows = 100;
        /// <summary>Antithetic pairs of permutations.</summary>
        public const int PermutationPairs = Agnostic.PermutationShapley.Defaults.PermutationPairs;
    }
}

/// <summary>SHAP values of a model for a set of rows, per original column, on the raw output.</summary>
/// <param name="Reason">Why this method was used, in one sentence for the UI.</param>
/// <param name="Players">The original columns, in the order of each row of <see cref="Values"/>.</param>
/// <param name="BaseValue">The expected raw output with no column known.</param>
/// <param name="Values">Per row, the value of each player.</param>
/// <param name="RawOutput">Per row, the raw output explained (base value + Σ values).</param>
/// <param name="MaxLocalAccuracyError">Largest |base + Σ values − raw output| over the rows.</param>
/// <param name="BackgroundRows">Background rows used (0 for path-dependent TreeSHAP and linear).</param>
/// <param name="ModelEvaluations">Model evaluations made (model-agnostic methods), else 0.</param>
public sealed record Explanation(ExplainMethod Method, string Reason, IReadOnlyList<string> Players, double BaseValue,
    double[][] Values, double[] RawOutput, double MaxLocalAccuracyError, int ClassIndex, string? ClassName,
    int BackgroundRows, long ModelEvaluations);

/// <summary>Base value + Σ values differs from the raw output on a row: the explanation is wrong and is not returned.</summary>
public sealed class LocalAccuracyException(string message) : Exception(message);
