namespace Workbench.Ml.Explain;

/// <summary>The SHAP explanation of one row: base value plus one value per player (original column).</summary>
/// <param name="BaseValue">Expected raw output with no player known (cover-weighted mean prediction).</param>
/// <param name="PerPlayer">Shapley value of each player, in the order of the ensemble's players.</param>
public sealed record ShapValues(double BaseValue, double[] PerPlayer)
{
    /// <summary>Base value plus the sum of the values, which equals the raw output (local accuracy).</summary>
    public double Total => BaseValue + PerPlayer.Sum();
}
