namespace Workbench.Ml.Explain;

/// <summary>The local-accuracy (efficiency) check: base value + Σ values equals the raw output on every row.</summary>
public static class LocalAccuracy
{
    /// <summary>Relative tolerance: |base + Σφ − f| ≤ this · max(1, |f|).</summary>
    public const double Tolerance = 1e-6;

    /// <summary>The largest absolute error over the rows; throws naming the first row outside the tolerance.</summary>
    /// <exception cref="LocalAccuracyException">A row misses its raw output.</exception>
    public static double Check(double baseValue, double[][] values, double[] output)
    {
        if (values.Length != output.Length)
            throw new LocalAccuracyException($"There are {values.Length} rows of values but {output.Length} raw outputs.");
        double max = 0;
        for (int r = 0; r < values.Length; r++)
        {
            double total = baseValue + values[r].Sum(), error = Math.Abs(total - output[r]);
            if (!(error <= Tolerance * Math.Max(1, Math.Abs(output[r]))))
                throw new LocalAccuracyException(
                    $"Local accuracy fails on row {r}: base value {baseValue:R} + Σ values = {total:R}, but the raw output is {output[r]:R} (error {error:E2}). The explanation is not consistent with the model.");
            max = Math.Max(max, error);
        }
        return max;
    }
}
