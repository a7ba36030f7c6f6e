using Workbench.Ml.Data;

namespace Workbench.Ml.Toy;

/// <summary>A regular grid over the plane around a toy dataset, on which a model's P(class 1) is drawn.</summary>
/// <param name="Xs">Grid coordinates along x1, ascending.</param>
/// <param name="Ys">Grid coordinates along x2, ascending.</param>
public sealed record DecisionGrid(double[] Xs, double[] Ys)
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Points along each axis.</summary>
        public const int Size = 100;
        /// <summary>Share of the data's range added on each side.</summary>
        public const double Margin = 0.1;
    }

    /// <summary>A size × size grid covering the points with a margin on every side.</summary>
    public static DecisionGrid Around(ToyDataset data, int size = Defaults.Size, double margin = Defaults.Margin)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (size < 2) throw new ArgumentOutOfRangeException(nameof(size), size, "A grid needs at least 2 points per axis.");
        return new DecisionGrid(Axis(data.X1, size, margin), Axis(data.X2, size, margin));
    }

    /// <summary>Every grid point as a row of a table with columns x1 and x2, row by row (x varies fastest).</summary>
    public TabularData ToTable()
    {
        int n = Xs.Length * Ys.Length;
        var x1 = new double[n];
        var x2 = new double[n];
        for (int j = 0; j < Ys.Length; j++)
            for (int i = 0; i < Xs.Length; i++)
                (x1[j * Xs.Length + i], x2[j * Xs.Length + i]) = (Xs[i], Ys[j]);
        return new TabularData("grid", [DataColumn.Numeric(ToyDataset.X1Column, ColumnType.Real, x1),
            DataColumn.Numeric(ToyDataset.X2Column, ColumnType.Real, x2)]);
    }

    /// <summary>Folds one value per grid point (in <see cref="ToTable"/> order) into rows of x2 × columns of x1.</summary>
    public double[][] Reshape(IReadOnlyList<double> values)
    {
        if (values.Count != Xs.Length * Ys.Length)
            throw new ArgumentException($"{values.Count} values for a grid of {Xs.Length * Ys.Length} points.", nameof(values));
        return Enumerable.Range(0, Ys.Length)
            .Select(j => Enumerable.Range(0, Xs.Length).Select(i => values[j * Xs.Length + i]).ToArray()).ToArray();
    }

    private static double[] Axis(double[] values, int size, double margin)
    {
        double min = values.Min(), max = values.Max(), pad = Math.Max((max - min) * margin, 1e-6);
        (min, max) = (min - pad, max + pad);
        return Enumerable.Range(0, size).Select(k => min + (max - min) * k / (size - 1)).ToArray();
    }
}
