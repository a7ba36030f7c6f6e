using Workbench.Ml.Data;
using Workbench.Ml.Scenarios;

namespace Workbench.Ml.DriftLab;

/// <summary>Draws the synthetic samples of the laboratory: k independent columns, of which only the first drifts.</summary>
internal static class SyntheticSamples
{
    private static readonly double[] CategoryShares = [0.35, 0.25, 0.20, 0.12, 0.08];
    private static readonly string[] Categories = ["a", "b", "c", "d", "e"];
    private const double OnesShare = 0.30;

    /// <summary>The name of synthetic column <paramref name="index"/> ("x1", "x2", ...).</summary>
    public static string ColumnName(int index) => $"x{index + 1}";

    /// <summary>A table of <paramref name="columns"/> columns and <paramref name="rows"/> rows; the first column carries
    /// the drift when <paramref name="drifted"/>.</summary>
    public static TabularData Draw(ref ScenarioRandom rng, DriftInjectionKind kind, double size, int columns, int rows, bool drifted)
    {
        var list = new DataColumn[columns];
        for (int c = 0; c < columns; c++)
            list[c] = Column(ref rng, kind, drifted && c == 0 ? size : NoDrift(kind), ColumnName(c), rows);
        return new TabularData(drifted ? "current" : "reference", list);
    }

    private static double NoDrift(DriftInjectionKind kind) => kind == DriftInjectionKind.VarianceScale ? 1 : 0;

    private static DataColumn Column(ref ScenarioRandom rng, DriftInjectionKind kind, double size, string name, int rows)
    {
        switch (kind)
        {
            case DriftInjectionKind.CategoryShare:
                var shares = (double[])CategoryShares.Clone();
                shares[0] -= size;
                shares[^1] += size;
                var labels = new string?[rows];
                for (int i = 0; i < rows; i++) labels[i] = Categories[Pick(rng.NextDouble(), shares)];
                return DataColumn.Text(name, ColumnType.Categorical, labels);
            case DriftInjectionKind.ProportionShift:
                var bits = new double[rows];
                for (int i = 0; i < rows; i++) bits[i] = rng.NextDouble() < OnesShare + size ? 1 : 0;
                return DataColumn.Numeric(name, ColumnType.Boolean, bits);
            default:
                double mean = kind == DriftInjectionKind.MeanShift ? size : 0;
                double sd = kind == DriftInjectionKind.VarianceScale ? Math.Sqrt(size) : 1;
                var values = new double[rows];
                for (int i = 0; i < rows; i++) values[i] = mean + sd * Normal(ref rng);
                return DataColumn.Numeric(name, ColumnType.Real, values);
        }
    }

    private static int Pick(double u, double[] shares)
    {
        double cumulative = 0;
        for (int k = 0; k < shares.Length - 1; k++)
        {
            cumulative += shares[k];
            if (u < cumulative) return k;
        }
        return shares.Length - 1;
    }

    /// <summary>A standard normal draw (Box–Muller; 1 − u keeps the logarithm finite).</summary>
    public static double Normal(ref ScenarioRandom rng)
    {
        double u = 1.0 - rng.NextDouble(), v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
