namespace Workbench.Ml.Statistics;

/// <summary>A term of a sum over a column: maps a value (NaN = missing, which contributes 0) given the column mean.</summary>
internal interface ISumTerm
{
    /// <summary>The term of one value.</summary>
    static abstract double Of(double value, double mean);
}

/// <summary>numpy's pairwise summation (<c>pairwise_sum_DOUBLE</c>), so sums match pandas to the last bit.</summary>
/// <remarks>pandas replaces missing values by 0 before summing, so a missing value contributes a 0 term here too.</remarks>
internal static class NumpySum
{
    private const int BlockSize = 128;

    /// <summary>Sum of <typeparamref name="T"/>'s terms over <paramref name="values"/>, in numpy's order.</summary>
    public static double Sum<T>(ReadOnlySpan<double> values, double mean) where T : ISumTerm
    {
        var n = values.Length;
        if (n < 8)
        {
            var res = 0.0;
            for (var i = 0; i < n; i++) res += T.Of(values[i], mean);
            return res;
        }
        if (n <= BlockSize)
        {
            Span<double> r = stackalloc double[8];
            for (var j = 0; j < 8; j++) r[j] = T.Of(values[j], mean);
            var i = 8;
            for (; i < n - (n % 8); i += 8)
                for (var j = 0; j < 8; j++) r[j] += T.Of(values[i + j], mean);
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) res += T.Of(values[i], mean);
            return res;
        }
        var n2 = n / 2;
        n2 -= n2 % 8;
        return Sum<T>(values[..n2], mean) + Sum<T>(values[n2..], mean);
    }
}

/// <summary>The value itself.</summary>
internal readonly struct ValueTerm : ISumTerm
{
    public static double Of(double value, double mean) => double.IsNaN(value) ? 0 : value;
}

/// <summary>The squared deviation from the mean.</summary>
internal readonly struct SquareTerm : ISumTerm
{
    public static double Of(double value, double mean)
    {
        if (double.IsNaN(value)) return 0;
        var a = value - mean;
        return a * a;
    }
}

/// <summary>The cubed deviation from the mean, as pandas forms it: <c>(a**2) * a</c>.</summary>
internal readonly struct CubeTerm : ISumTerm
{
    public static double Of(double value, double mean)
    {
        if (double.IsNaN(value)) return 0;
        var a = value - mean;
        return a * a * a;
    }
}

/// <summary>The fourth power of the deviation from the mean, as pandas forms it: <c>(a**2)**2</c>.</summary>
internal readonly struct FourthTerm : ISumTerm
{
    public static double Of(double value, double mean)
    {
        if (double.IsNaN(value)) return 0;
        var a2 = (value - mean) * (value - mean);
        return a2 * a2;
    }
}
