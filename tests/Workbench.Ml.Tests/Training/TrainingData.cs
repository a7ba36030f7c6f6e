using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Training;

/// <summary>Generated tables for the training tests: numeric, categorical and date features with a known signal.</summary>
internal static class TrainingData
{
    /// <summary>x1, x2 (with some missing), colour (red/green/blue), day (a date) and label "yes"/"no" from a logistic model.</summary>
    public static TabularData Binary(int rows, int seed = 7, int extraFeatures = 0)
    {
        var random = new Random(seed);
        var x1 = new double[rows];
        var x2 = new double[rows];
        var day = new double[rows];
        var colour = new string?[rows];
        var label = new string?[rows];
        var extra = Enumerable.Range(0, extraFeatures).Select(_ => new double[rows]).ToArray();
        string[] colours = ["red", "green", "blue"];
        for (var r = 0; r < rows; r++)
        {
            x1[r] = Normal(random);
            x2[r] = random.NextDouble() < 0.05 ? double.NaN : 2 * Normal(random) + 1;
            colour[r] = random.NextDouble() < 0.03 ? null : colours[random.Next(3)];
            day[r] = 19000 + random.Next(365);
            var margin = 1.5 * x1[r] - 0.5 * (double.IsNaN(x2[r]) ? 1 : x2[r]) + (colour[r] == "red" ? 1.2 : 0);
            foreach (var e in extra) { e[r] = Normal(random); margin += 0.2 * e[r]; }
            label[r] = random.NextDouble() < 1 / (1 + Math.Exp(-margin)) ? "yes" : "no";
        }
        var columns = new List<DataColumn>
        {
            DataColumn.Numeric("x1", ColumnType.Real, x1), DataColumn.Numeric("x2", ColumnType.Real, x2),
            DataColumn.Text("colour", ColumnType.Categorical, colour), DataColumn.Numeric("day", ColumnType.Date, day),
        };
        columns.AddRange(extra.Select((e, i) => DataColumn.Numeric($"e{i}", ColumnType.Real, e)));
        columns.Add(DataColumn.Text("label", ColumnType.Categorical, label));
        return new TabularData("binary", columns);
    }

    /// <summary>x1, x2, colour and a three-class label "a"/"b"/"c".</summary>
    public static TabularData Multiclass(int rows, int seed = 11)
    {
        var random = new Random(seed);
        var x1 = new double[rows];
        var x2 = new double[rows];
        var colour = new string?[rows];
        var label = new string?[rows];
        for (var r = 0; r < rows; r++)
        {
            x1[r] = Normal(random);
            x2[r] = Normal(random);
            colour[r] = random.NextDouble() < 0.5 ? "red" : "blue";
            var s = x1[r] + 0.5 * Normal(random) + (colour[r] == "red" ? 0.5 : 0);
            label[r] = s < -0.5 ? "a" : s < 0.7 ? (x2[r] > 0 ? "b" : "c") : "c";
        }
        return new TabularData("multiclass", [DataColumn.Numeric("x1", ColumnType.Real, x1), DataColumn.Numeric("x2", ColumnType.Real, x2),
            DataColumn.Text("colour", ColumnType.Categorical, colour), DataColumn.Text("label", ColumnType.Categorical, label)]);
    }

    /// <summary>x1, x2, colour and y = 3 x1 − 2 x2 + 4 [red] + noise.</summary>
    public static TabularData Regression(int rows, int seed = 13)
    {
        var random = new Random(seed);
        var x1 = new double[rows];
        var x2 = new double[rows];
        var colour = new string?[rows];
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            x1[r] = Normal(random);
            x2[r] = Normal(random);
            colour[r] = random.NextDouble() < 0.5 ? "red" : "blue";
            y[r] = 3 * x1[r] - 2 * x2[r] + (colour[r] == "red" ? 4 : 0) + 10 + 0.3 * Normal(random);
        }
        return new TabularData("regression", [DataColumn.Numeric("x1", ColumnType.Real, x1), DataColumn.Numeric("x2", ColumnType.Real, x2),
            DataColumn.Text("colour", ColumnType.Categorical, colour), DataColumn.Numeric("y", ColumnType.Real, y)]);
    }

    /// <summary>A daily series with a strong upward trend: y = trend + seasonality + noise, with lagged x.</summary>
    public static TabularData TrendSeries(int rows, int seed = 17)
    {
        var random = new Random(seed);
        var day = new double[rows];
        var t = new double[rows];
        var x = new double[rows];
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            day[r] = 18000 + r;
            t[r] = r;
            x[r] = Math.Sin(r / 7.0) + 0.3 * Normal(random);
            y[r] = 0.05 * r + 2 * x[r] + 0.5 * Normal(random);
        }
        return new TabularData("series", [DataColumn.Numeric("day", ColumnType.Date, day), DataColumn.Numeric("t", ColumnType.Integer, t),
            DataColumn.Numeric("x", ColumnType.Real, x), DataColumn.Numeric("y", ColumnType.Real, y)]);
    }

    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
