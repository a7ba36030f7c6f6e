using Workbench.Ml.Data;

namespace Workbench.Ml.Toy;

/// <summary>The 2-D toy shapes of lab 06's hypothesis-space demo.</summary>
public enum ToyShape
{
    /// <summary>Two Gaussian blobs (scikit-learn's make_blobs with two centres); noise is the cluster standard deviation.</summary>
    Blobs,
    /// <summary>Two interleaving half circles (make_moons).</summary>
    Moons,
    /// <summary>A small circle inside a large one (make_circles with factor 0.5).</summary>
    Circles,
    /// <summary>Uniform points in the square [-1, 1]², class 1 where the signs of x1 and x2 differ.</summary>
    Xor,
    /// <summary>Two interleaved Archimedean spirals.</summary>
    Spirals,
    /// <summary>A 4 × 4 checkerboard on [-2, 2]²: the class alternates from cell to cell.</summary>
    Checkerboard,
}

/// <summary>How to generate a toy dataset.</summary>
/// <param name="Rows">Number of points (blobs, moons, circles and spirals: half in each class; XOR and checkerboard: by where they fall).</param>
/// <param name="Noise">Standard deviation of the Gaussian noise added to each coordinate (for blobs: of each cluster).</param>
/// <param name="Seed">Seed of the random numbers: the same options give the same points.</param>
public sealed record ToyOptions(ToyShape Shape, int Rows = ToyOptions.Defaults.Rows, double Noise = ToyOptions.Defaults.Noise,
    int Seed = ToyOptions.Defaults.Seed)
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Points per dataset.</summary>
        public const int Rows = 400;
        /// <summary>Noise standard deviation.</summary>
        public const double Noise = 0.2;
        /// <summary>Random seed.</summary>
        public const int Seed = 1;
    }
}

/// <summary>A generated 2-D dataset: coordinates and the class (0 or 1) of every point, in shuffled order.</summary>
public sealed record ToyDataset(ToyOptions Options, double[] X1, double[] X2, int[] Labels)
{
    /// <summary>The feature column names.</summary>
    public const string X1Column = "x1", X2Column = "x2", LabelColumn = "label";

    /// <summary>Number of points.</summary>
    public int Count => Labels.Length;

    /// <summary>The points as a table with numeric x1, x2 and a categorical label "0"/"1".</summary>
    public TabularData ToTable(string name = "toy") => new(name,
    [
        DataColumn.Numeric(X1Column, ColumnType.Real, X1),
        DataColumn.Numeric(X2Column, ColumnType.Real, X2),
        DataColumn.Text(LabelColumn, ColumnType.Categorical, Labels.Select(l => (string?)(l == 1 ? "1" : "0")).ToArray()),
    ]);

    /// <summary>The points at the given row positions.</summary>
    public ToyDataset Take(IReadOnlyList<int> rows) => this with
    {
        X1 = rows.Select(r => X1[r]).ToArray(),
        X2 = rows.Select(r => X2[r]).ToArray(),
        Labels = rows.Select(r => Labels[r]).ToArray(),
    };
}
