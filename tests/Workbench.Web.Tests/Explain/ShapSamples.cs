using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Workspace.Explain;

namespace Workbench.Web.Tests.Explain;

/// <summary>Small hand-made SHAP results: three columns, six rows, base value −1; binary rows carry the probability
/// σ(0.5 · raw) as LightGBM reports it.</summary>
internal static class ShapSamples
{
    public static readonly double[][] Values =
    [
        [0.5, -0.25, 0.1], [1.5, 0.5, -0.2], [-2.0, 0.25, 0.0], [0.0, -1.0, 0.3], [3.0, 0.0, -0.1], [-0.5, 0.75, 0.2],
    ];

    public static ShapResult Binary() => Make("Binary", probability: true);

    public static ShapResult Regression() => Make("Regression", probability: false);

    /// <summary>201 rows of one column x = 0..199 plus one row at 1,000,000, each row's SHAP value x / 100.</summary>
    public static ShapResult LongTail()
    {
        var x = Enumerable.Range(0, 200).Select(i => (double)i).Append(1_000_000).ToArray();
        var values = x.Select(v => new[] { v / 100 }).ToArray();
        var explanation = new Explanation(ExplainMethod.Linear, "Linear.", ["x"], 0, values, values.Select(v => v[0]).ToArray(), 0, 0, null, 0, 0);
        var source = new ExplainProvenance("0123456789ab", "t", "abc", "explain/shap-y.json", ExplainSplit.Test, 201, 201, DateTime.UtcNow, 0.1);
        return new ShapResult(source, explanation, Enumerable.Range(0, 201).ToArray(),
            new TabularData("t", [DataColumn.Numeric("x", ColumnType.Real, x)]), new string?[201], null, "Regression", "y");
    }

    private static ShapResult Make(string task, bool probability)
    {
        const double baseValue = -1;
        var raw = Values.Select(v => baseValue + v.Sum()).ToArray();
        var rows = new TabularData("t", [
            DataColumn.Numeric("income", ColumnType.Real, [1200.5, 3400, 560, 9800, 150000, 2200]),
            DataColumn.Numeric("age", ColumnType.Integer, [25, 41, 63, 37, 52, 29]),
            DataColumn.Text("city", ColumnType.Categorical, ["Liège", "Toronto", null, "Liège", "Toronto", "Oslo"]),
        ]);
        var explanation = new Explanation(ExplainMethod.TreePathDependent, "Tree ensemble of 3 trees.", ["income", "age", "city"], baseValue,
            Values, raw, 2e-16, 0, task == "Regression" ? null : "1", 0, 0);
        var source = new ExplainProvenance("0123456789ab", "credit", "abc", "explain/shap-x.json", ExplainSplit.Test, 6, 60,
            new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), 0.25);
        return new ShapResult(source, explanation, [3, 8, 15, 22, 40, 51], rows, ["0", "1", "0", "0", "1", "0"],
            probability ? raw.Select(r => 1 / (1 + Math.Exp(-0.5 * r))).ToArray() : null, task, "default");
    }
}
