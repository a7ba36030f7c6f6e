namespace Workbench.Ml.Pipelines;

/// <summary>The Yeo-Johnson transform and its maximum-likelihood lambda, as scikit-learn 1.2's PowerTransformer.</summary>
internal static class YeoJohnson
{
    private const double Spacing = 2.220446049250313e-16;

    /// <summary>ψ(x, λ): ((x+1)^λ − 1)/λ for x ≥ 0 (log1p when λ = 0), −((1−x)^(2−λ) − 1)/(2−λ) for x &lt; 0
    /// (−log1p(−x) when λ = 2); NaN stays NaN.</summary>
    public static double Transform(double x, double lambda)
    {
        if (double.IsNaN(x)) return x;
        if (x >= 0)
            return Math.Abs(lambda) < Spacing ? Log1p.Of(x) : (Math.Pow(x + 1, lambda) - 1) / lambda;
        return Math.Abs(lambda - 2) > Spacing ? -(Math.Pow(1 - x, 2 - lambda) - 1) / (2 - lambda) : -Log1p.Of(-x);
    }

    /// <summary>The λ that maximises the Yeo-Johnson log-likelihood of the present values.</summary>
    public static double FitLambda(double[] values)
    {
        var x = values.Where(v => !double.IsNaN(v)).ToArray();
        double signedLog = 0;
        foreach (var v in x) signedLog += Math.Sign(v) * Log1p.Of(Math.Abs(v));
        var buffer = new double[x.Length];
        return BrentMinimizer.Minimize(lambda => NegativeLogLikelihood(x, buffer, lambda, signedLog), -2, 2);
    }

    private static double NegativeLogLikelihood(double[] x, double[] transformed, double lambda, double signedLog)
    {
        for (var i = 0; i < x.Length; i++) transformed[i] = Transform(x[i], lambda);
        var variance = NumericStats.MeanVariance(transformed).Variance;
        if (variance < 2.2250738585072014e-308) return double.PositiveInfinity;
        var logLikelihood = -x.Length / 2.0 * Math.Log(variance) + (lambda - 1) * signedLog;
        return -logLikelihood;
    }
}

/// <summary>log(1 + x) accurate for small x (the classic correction of the rounding in 1 + x).</summary>
internal static class Log1p
{
    /// <summary>log(1 + x); −∞ at −1, NaN below.</summary>
    public static double Of(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0) return x;
        if (double.IsInfinity(u) || u <= 0) return Math.Log(u);
        return Math.Log(u) * x / (u - 1.0);
    }
}
