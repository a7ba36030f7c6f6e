namespace Workbench.Ml.Explain.Inspection;

/// <summary>Settings of partial dependence and ICE, as scikit-learn's <c>partial_dependence</c> ('brute' method).</summary>
/// <param name="GridResolution">Grid points per numeric feature (fewer distinct values: those values).</param>
/// <param name="LowerPercentile">Lower end of the numeric grid, as a fraction.</param>
/// <param name="UpperPercentile">Upper end of the numeric grid, as a fraction.</param>
/// <param name="SampleRows">At most this many rows (a seeded sample) are averaged; the grid uses every row.</param>
/// <param name="CenterIce">Subtract each ICE curve's value at the first grid point.</param>
public sealed record PartialDependenceOptions(int GridResolution = PartialDependenceOptions.Defaults.GridResolution,
    double LowerPercentile = 0.05, double UpperPercentile = 0.95, int SampleRows = PartialDependenceOptions.Defaults.SampleRows,
    int Seed = 1, bool CenterIce = false)
{
    /// <summary>Defaults.</summary>
    public static class Defaults
    {
        /// <summary>scikit-learn's default grid resolution.</summary>
        public const int GridResolution = 100;
        /// <summary>Rows averaged at most.</summary>
        public const int SampleRows = 1000;
    }
}

/// <summary>The grid of one feature: numbers for a numeric column, category values for a text column.</summary>
public sealed record GridAxis(string Feature, double[]? Numbers, string?[]? Categories)
{
    /// <summary>Number of grid points.</summary>
    public int Count => Numbers?.Length ?? Categories!.Length;
}

/// <summary>One-feature partial dependence: the mean output per grid value and the ICE curve of each sampled row.</summary>
/// <param name="Rows">Indices of the sampled rows, in the order of <see cref="Ice"/>.</param>
/// <param name="Ice">Per sampled row, the output at each grid value (centred when asked).</param>
public sealed record PartialDependence1D(GridAxis Axis, double[] Average, double[][] Ice, int[] Rows, bool Centered);

/// <summary>Two-feature partial dependence: <c>Average[i][j]</c> is the mean output at (X grid i, Y grid j).</summary>
public sealed record PartialDependence2D(GridAxis X, GridAxis Y, double[][] Average, int[] Rows);
