using Workbench.Ml.Training;

namespace Workbench.Ml.Explain;

/// <summary>Exact SHAP values of a linear model with independent inputs: φ_p = Σ over the player's slots w_s (x_s − mean_s).</summary>
public static class LinearShap
{
    /// <summary>Base value (bias + Σ w · mean) and the value of every player for each input vector.</summary>
    /// <param name="players">The original columns; every slot's column must be one of them.</param>
    /// <param name="inputVectors">The model input vector of each row, one value per slot.</param>
    public static IReadOnlyList<ShapValues> Explain(LinearModelWeights model, IReadOnlyList<string> players, IReadOnlyList<double[]> inputVectors)
    {
        int slots = model.Weights.Count;
        if (model.SlotColumns.Count != slots || model.SlotMeans.Count != slots)
            throw new ArgumentException($"The linear model has {slots} weights but {model.SlotColumns.Count} slot columns and {model.SlotMeans.Count} slot means; they must match.");
        var playerOf = new int[slots];
        for (int s = 0; s < slots; s++)
        {
            playerOf[s] = IndexOf(players, model.SlotColumns[s]);
            if (playerOf[s] < 0)
                throw new ArgumentException($"Slot {s} comes from column '{model.SlotColumns[s]}', which is not one of the players ({string.Join(", ", players)}).");
        }
        double baseValue = model.Bias;
        for (int s = 0; s < slots; s++) baseValue += model.Weights[s] * model.SlotMeans[s];
        var result = new ShapValues[inputVectors.Count];
        for (int r = 0; r < result.Length; r++)
        {
            var x = inputVectors[r];
            if (x.Length != slots) throw new ArgumentException($"Row {r} has {x.Length} input values but the linear model has {slots} slots.");
            var phi = new double[players.Count];
            for (int s = 0; s < slots; s++) phi[playerOf[s]] += model.Weights[s] * (x[s] - model.SlotMeans[s]);
            result[r] = new ShapValues(baseValue, phi);
        }
        return result;
    }

    /// <summary>The raw output bias + Σ w · x of one input vector.</summary>
    public static double Output(LinearModelWeights model, double[] x)
    {
        double sum = model.Bias;
        for (int s = 0; s < model.Weights.Count; s++) sum += model.Weights[s] * x[s];
        return sum;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }
}
