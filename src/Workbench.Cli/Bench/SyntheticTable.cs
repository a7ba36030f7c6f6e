using Workbench.Ml.Data;

namespace Workbench.Cli.Bench;

/// <summary>Seeded binary-classification tables for the training and SHAP benchmarks: numeric features n1..nk (standard
/// normal, a few correlated), categorical features c1..cm (5, 8, 11 ... levels) and a 0/1 label "y" drawn from a
/// logistic model with linear, interaction and category effects (so trees have something to find).</summary>
public static class SyntheticTable
{
    /// <summary>The label column's name.</summary>
    public const string Label = "y";

    /// <summary>Generates <paramref name="rows"/> rows.</summary>
    public static TabularData Binary(int rows, int numeric, int categorical, int seed)
    {
        var random = new Random(seed);
        var numbers = Enumerable.Range(0, numeric).Select(_ => new double[rows]).ToArray();
        var levels = Enumerable.Range(0, categorical).Select(j => 5 + 3 * j).ToArray();
        var codes = Enumerable.Range(0, categorical).Select(_ => new int[rows]).ToArray();
        var label = new double[rows];
        var weights = Enumerable.Range(0, numeric).Select(j => (j % 3 == 0 ? 1.0 : 0.4) * (j % 2 == 0 ? 1 : -1)).ToArray();
        for (int i = 0; i < rows; i++)
        {
            double logit = -0.3;
            for (int j = 0; j < numeric; j++)
            {
                numbers[j][i] = j > 0 && j % 4 == 0 ? 0.6 * numbers[j - 1][i] + 0.8 * Normal(random) : Normal(random);
                logit += weights[j] * numbers[j][i] / Math.Sqrt(numeric / 4.0);
            }
            if (numeric >= 2) logit += 0.8 * numbers[0][i] * numbers[1][i] + 0.5 * Math.Abs(numbers[numeric - 1][i]);
            for (int j = 0; j < categorical; j++)
            {
                codes[j][i] = random.Next(levels[j]);
                logit += 0.35 * (codes[j][i] % 3 - 1);
            }
            label[i] = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
        }
        var columns = new List<DataColumn>();
        for (int j = 0; j < numeric; j++) columns.Add(DataColumn.Numeric($"n{j + 1}", ColumnType.Real, numbers[j]));
        for (int j = 0; j < categorical; j++)
        {
            var names = Enumerable.Range(0, levels[j]).Select(k => $"{(char)('a' + j)}{k}").ToArray();
            columns.Add(DataColumn.Text($"c{j + 1}", ColumnType.Categorical, codes[j].Select(k => (string?)names[k]).ToArray()));
        }
        columns.Add(DataColumn.Numeric(Label, ColumnType.Integer, label));
        return new TabularData("bench", columns);
    }

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
