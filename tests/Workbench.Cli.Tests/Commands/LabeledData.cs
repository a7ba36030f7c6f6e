using System.Globalization;
using System.Text;

namespace Workbench.Cli.Tests.Commands;

/// <summary>Seeded labeled CSV text for the training commands: numeric x1..x3, categorical colour and size, a label y.</summary>
public static class LabeledData
{
    /// <summary>A binary label (0/1) from a noisy logistic score.</summary>
    public static string Binary(int rows, int seed) => Generate(rows, seed, (f, r) => r.NextDouble() < 1 / (1 + Math.Exp(-Logit(f))) ? "1" : "0");

    /// <summary>A numeric label: a linear signal, a colour effect, a kink and noise.</summary>
    public static string Regression(int rows, int seed) => Generate(rows, seed, (f, r) =>
        Num(3 * f.X1 + 0.5 * f.X2 + Math.Max(0, f.X3 - 5) + Colour(f) + 0.3 * Normal(r)));

    /// <summary>Three classes A, B, C from noisy scores.</summary>
    public static string Multiclass(int rows, int seed) => Generate(rows, seed, (f, r) =>
    {
        double a = f.X1 + 0.5 * Normal(r), b = 0.3 * (f.X2 - 5) + 0.5 * Normal(r), c = Colour(f) + 0.5 * Normal(r);
        return a >= b && a >= c ? "A" : b >= c ? "B" : "C";
    });

    private sealed record Features(double X1, double X2, double X3, string ColourName, string Size);

    private static string Generate(int rows, int seed, Func<Features, Random, string> label)
    {
        var random = new Random(seed);
        var text = new StringBuilder("x1,x2,x3,colour,size,y\n");
        string[] colours = ["red", "green", "blue"], sizes = ["S", "M", "L"];
        for (int i = 0; i < rows; i++)
        {
            var f = new Features(Normal(random), Math.Round(10 * random.NextDouble(), 3), 5 + 2 * Normal(random),
                colours[random.Next(3)], sizes[random.Next(3)]);
            text.Append(Num(f.X1)).Append(',').Append(Num(f.X2)).Append(',').Append(Num(f.X3)).Append(',')
                .Append(f.ColourName).Append(',').Append(f.Size).Append(',').Append(label(f, random)).Append('\n');
        }
        return text.ToString();
    }

    private static double Logit(Features f) => 1.2 * f.X1 - 0.3 * (f.X2 - 5) + Colour(f) + (f.Size == "L" ? 0.4 : 0);

    private static double Colour(Features f) => f.ColourName switch { "red" => 0.8, "blue" => -0.5, _ => 0 };

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
