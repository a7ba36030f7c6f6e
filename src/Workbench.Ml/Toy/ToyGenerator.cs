namespace Workbench.Ml.Toy;

/// <summary>Generates the 2-D toy datasets, reproducibly from a seed (shapes follow scikit-learn's generators).</summary>
public static class ToyGenerator
{
    /// <summary>Generates the points of <paramref name="options"/>, shuffled with the seed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 or more than 100,000 rows, or negative noise.</exception>
    public static ToyDataset Generate(ToyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Rows is < 2 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(options), options.Rows, "Use between 2 and 100,000 points.");
        if (!(options.Noise >= 0) || double.IsInfinity(options.Noise))
            throw new ArgumentOutOfRangeException(nameof(options), options.Noise, "Noise is a standard deviation: use 0 or more.");
        var random = new Random(options.Seed);
        var (x1, x2, labels) = ToyShapes.Points(options.Shape, options.Rows, options.Noise, random);
        Shuffle(x1, x2, labels, random);
        return new ToyDataset(options, x1, x2, labels);
    }

    /// <summary>A standard normal number (Box-Muller) from <paramref name="random"/>.</summary>
    internal static double Normal(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static void Shuffle(double[] x1, double[] x2, int[] labels, Random random)
    {
        for (int i = labels.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (x1[i], x1[j]) = (x1[j], x1[i]);
            (x2[i], x2[j]) = (x2[j], x2[i]);
            (labels[i], labels[j]) = (labels[j], labels[i]);
        }
    }
}
