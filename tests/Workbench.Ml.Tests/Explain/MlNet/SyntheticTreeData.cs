using Microsoft.ML;
using Microsoft.ML.Data;

namespace Workbench.Ml.Tests.Explain.MlNet;

/// <summary>A seeded synthetic table (three numeric columns and a one-hot colour) featurized for tree trainers.</summary>
internal sealed class SyntheticTreeData
{
    public sealed class Row
    {
        public float X1 { get; set; }
        public float X2 { get; set; }
        public float X3 { get; set; }
        public string Colour { get; set; } = "";
        public bool Label { get; set; }
        public float Target { get; set; }
        public string Band { get; set; } = "";
    }

    private static readonly string[] Colours = ["red", "green", "blue", "amber", "violet"];

    public MLContext Ml { get; } = new(seed: 1);
    public IDataView Featurized { get; }
    public string[] SlotNames { get; }
    public int[] SlotPlayer { get; }
    public string[] Players { get; } = ["X1", "X2", "X3", "Colour"];

    public SyntheticTreeData(int rows = 400)
    {
        var data = Ml.Data.LoadFromEnumerable(Generate(rows));
        var featurizer = Ml.Transforms.Categorical.OneHotEncoding("Colour")
            .Append(Ml.Transforms.Concatenate("Features", "X1", "X2", "X3", "Colour"));
        Featurized = featurizer.Fit(data).Transform(data);
        VBuffer<ReadOnlyMemory<char>> names = default;
        Featurized.Schema["Features"].GetSlotNames(ref names);
        SlotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        SlotPlayer = SlotNames.Select(n => n.StartsWith("Colour.", StringComparison.Ordinal) ? 3 : Array.IndexOf(Players, n)).ToArray();
    }

    /// <summary>The Features vector of every row, widened to double.</summary>
    public double[][] FeatureRows() => Featurized.GetColumn<float[]>("Features")
        .Select(f => f.Select(v => (double)v).ToArray()).ToArray();

    private static IEnumerable<Row> Generate(int rows)
    {
        var random = new Random(7);
        for (int i = 0; i < rows; i++)
        {
            float x1 = (float)random.NextDouble(), x2 = (float)(random.NextDouble() * 4 - 2), x3 = (float)random.NextDouble();
            int colour = random.Next(Colours.Length);
            double colourEffect = colour switch { 0 => 1.5, 2 => 1.0, 4 => -1.2, _ => -0.6 };
            double signal = 2 * x1 - x2 + colourEffect + 0.3 * x3 + (random.NextDouble() - 0.5);
            yield return new Row { X1 = x1, X2 = x2, X3 = x3, Colour = Colours[colour], Label = signal > 0.4, Target = (float)signal,
                Band = signal < -0.5 ? "low" : signal < 1.5 ? "mid" : "high" };
        }
    }
}
