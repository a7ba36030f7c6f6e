namespace Workbench.Ml.Toy;

/// <summary>The formulas of each toy shape, before shuffling: class 0 first, then class 1.</summary>
internal static class ToyShapes
{
    /// <summary>Blob centres, as in a two-centre make_blobs.</summary>
    internal static readonly (double X, double Y)[] BlobCentres = [(-1.0, -1.0), (1.0, 1.0)];

    /// <summary>Radius ratio of the inner circle (make_circles' factor).</summary>
    internal const double CircleFactor = 0.5;

    internal static (double[] X1, double[] X2, int[] Labels) Points(ToyShape shape, int n, double noise, Random random)
    {
        int n0 = n / 2, n1 = n - n0; // make_moons/make_circles: n_samples_out = n // 2
        var x1 = new double[n];
        var x2 = new double[n];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            int label = i < n0 ? 0 : 1, k = label == 0 ? i : i - n0, count = label == 0 ? n0 : n1;
            var (a, b) = Point(shape, label, k, count, noise, random, out int actual);
            (x1[i], x2[i], labels[i]) = (a, b, actual);
        }
        if (shape != ToyShape.Blobs)
            AddNoise(x1, x2, noise, random);
        return (x1, x2, labels);
    }

    private static (double, double) Point(ToyShape shape, int label, int k, int count, double noise, Random random, out int actual)
    {
        actual = label;
        switch (shape)
        {
            case ToyShape.Blobs:
                var c = BlobCentres[label];
                return (c.X + noise * ToyGenerator.Normal(random), c.Y + noise * ToyGenerator.Normal(random));
            case ToyShape.Moons:
                double t = Spaced(k, count, Math.PI, endpoint: true);
                return label == 0 ? (Math.Cos(t), Math.Sin(t)) : (1 - Math.Cos(t), 1 - Math.Sin(t) - 0.5);
            case ToyShape.Circles:
                double angle = Spaced(k, count, 2 * Math.PI, endpoint: false), r = label == 0 ? 1 : CircleFactor;
                return (r * Math.Cos(angle), r * Math.Sin(angle));
            case ToyShape.Xor:
                double u = 2 * random.NextDouble() - 1, v = 2 * random.NextDouble() - 1;
                actual = (u > 0) != (v > 0) ? 1 : 0;
                return (u, v);
            case ToyShape.Spirals:
                double s = Math.Sqrt(random.NextDouble()) * 3 * Math.PI, turn = s + label * Math.PI;
                return (s * Math.Cos(turn) / (3 * Math.PI), s * Math.Sin(turn) / (3 * Math.PI));
            default:
                double p = 4 * random.NextDouble() - 2, q = 4 * random.NextDouble() - 2;
                actual = (int)(Math.Floor(p) + Math.Floor(q)) & 1;
                return (p, q);
        }
    }

    // numpy.linspace(0, end, count, endpoint): the k-th of count evenly spaced values.
    private static double Spaced(int k, int count, double end, bool endpoint)
    {
        int intervals = endpoint ? count - 1 : count;
        return intervals <= 0 ? 0 : end * k / intervals;
    }

    private static void AddNoise(double[] x1, double[] x2, double noise, Random random)
    {
        if (noise == 0) return;
        for (int i = 0; i < x1.Length; i++)
        {
            x1[i] += noise * ToyGenerator.Normal(random);
            x2[i] += noise * ToyGenerator.Normal(random);
        }
    }
}
