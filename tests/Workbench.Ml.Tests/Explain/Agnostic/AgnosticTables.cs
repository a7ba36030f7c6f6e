using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Explain.Agnostic;

/// <summary>Small tables of numeric columns x0..x(n−1) with seeded values, and row access for test functions.</summary>
internal static class AgnosticTables
{
    public static TabularData Numeric(int columns, int rows, int seed)
    {
        var random = new Random(seed);
        return new TabularData("t", Enumerable.Range(0, columns).Select(c => DataColumn.Numeric($"x{c}", ColumnType.Real,
            Enumerable.Range(0, rows).Select(_ => Math.Round(random.NextDouble() * 4 - 2, 2)).ToArray())).ToArray());
    }

    public static string[] Names(int columns) => Enumerable.Range(0, columns).Select(c => $"x{c}").ToArray();

    /// <summary>Applies a function of one row's numeric values to every row.</summary>
    public static Func<TabularData, double[]> RowWise(Func<double[], double> f) => data =>
    {
        var result = new double[data.RowCount];
        var row = new double[data.Columns.Count];
        for (int r = 0; r < result.Length; r++)
        {
            for (int c = 0; c < row.Length; c++) row[c] = data.Columns[c].Numbers![r];
            result[r] = f(row);
        }
        return result;
    };
}
