namespace Workbench.Ml.Tests.Metrics;

/// <summary>Comparisons against scikit-learn reference values at the tolerance the metric tests use.</summary>
internal static class Expect
{
    /// <summary>Absolute tolerance for values of order one.</summary>
    public const double Tolerance = 1e-12;

    public static void Close(double expected, double actual) => Assert.Equal(expected, actual, Tolerance);

    public static void Close(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"Element {i}: expected {expected[i]:R}, got {actual[i]:R}.");
    }
}

/// <summary>The small binary sample, with tied scores, that the binary metric tests share.</summary>
internal static class BinarySample
{
    // y = [1,0,1,1,0,0,1,0,1,0,0,1]; p = [0.9,0.1,0.8,0.35,0.35,0.6,0.6,0.2,0.35,0.05,0.7,0.95]
    public static readonly int[] Labels = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1];
    public static readonly double[] Scores = [0.9, 0.1, 0.8, 0.35, 0.35, 0.6, 0.6, 0.2, 0.35, 0.05, 0.7, 0.95];
    public static bool[] BoolLabels => Labels.Select(v => v == 1).ToArray();
}
