using System.Text.Json;

namespace Workbench.Cli.Tests.Commands;

/// <summary>The trees JSON of <c>workbench trees</c> read independently of the library, with the spec's routing rules and the
/// brute-force Shapley values of its original columns (path-dependent expectations weighted by cover).</summary>
public sealed class TreesFile
{
    private readonly JsonElement root;

    public TreesFile(string path) => root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    public double Bias => root.GetProperty("bias").GetDouble();

    public string[] SlotColumns => root.GetProperty("slotColumns").EnumerateArray().Select(s => s.GetString()!).ToArray();

    public string[] Players => SlotColumns.Distinct().ToArray();

    public double[][] Rows => root.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    public IEnumerable<JsonElement> Trees => root.GetProperty("trees").EnumerateArray();

    /// <summary>bias + Σ weight · value of the leaf the row reaches.</summary>
    public double Raw(double[] x) => Bias + Trees.Sum(t => t.GetProperty("weight").GetDouble() * Leaf(t, Route(t, x)).GetProperty("value").GetDouble());

    /// <summary>Exact Shapley value of every player (and the empty coalition's value) by enumerating every coalition.</summary>
    public (double Base, double[] Values) Shapley(double[] x)
    {
        var players = Players;
        int n = players.Length;
        var value = new double[1 << n];
        for (int mask = 0; mask < value.Length; mask++)
            value[mask] = Bias + Trees.Sum(t => t.GetProperty("weight").GetDouble() * Expected(t, 0, x, mask, players));
        var phi = new double[n];
        for (int i = 0; i < n; i++)
            for (int mask = 0; mask < value.Length; mask++)
                if ((mask & (1 << i)) == 0)
                {
                    int s = int.PopCount(mask);
                    phi[i] += Factorial(s) * Factorial(n - s - 1) / Factorial(n) * (value[mask | (1 << i)] - value[mask]);
                }
        return (value[0], phi);
    }

    private static JsonElement Leaf(JsonElement tree, int child) => tree.GetProperty("leaves")[~child];

    private static int Route(JsonElement tree, double[] x)
    {
        if (tree.GetProperty("nodes").GetArrayLength() == 0) return ~0;
        int child = 0;
        while (child >= 0)
        {
            var node = tree.GetProperty("nodes")[child];
            child = GoesLeft(node, x) ? node.GetProperty("left").GetInt32() : node.GetProperty("right").GetInt32();
        }
        return child;
    }

    private static bool GoesLeft(JsonElement node, double[] x)
    {
        var categorical = node.GetProperty("categoricalSlots");
        if (categorical.ValueKind == JsonValueKind.Null) return x[node.GetProperty("slot").GetInt32()] <= node.GetProperty("threshold").GetDouble();
        return !categorical.EnumerateArray().Any(s => x[s.GetInt32()] > 0);
    }

    private double Expected(JsonElement tree, int child, double[] x, int coalition, string[] players)
    {
        if (tree.GetProperty("nodes").GetArrayLength() == 0) child = ~0;
        if (child < 0) return Leaf(tree, child).GetProperty("value").GetDouble();
        var node = tree.GetProperty("nodes")[child];
        var categorical = node.GetProperty("categoricalSlots");
        int slot = categorical.ValueKind == JsonValueKind.Null ? node.GetProperty("slot").GetInt32() : categorical[0].GetInt32();
        int player = Array.IndexOf(players, SlotColumns[slot]);
        int left = node.GetProperty("left").GetInt32(), right = node.GetProperty("right").GetInt32();
        if ((coalition & (1 << player)) != 0) return Expected(tree, GoesLeft(node, x) ? left : right, x, coalition, players);
        double cl = Cover(tree, left), cr = Cover(tree, right), total = cl + cr;
        var (wl, wr) = total > 0 ? (cl / total, cr / total) : (0.5, 0.5); // an uncovered node splits evenly
        return wl * Expected(tree, left, x, coalition, players) + wr * Expected(tree, right, x, coalition, players);
    }

    private static double Cover(JsonElement tree, int child) =>
        (child >= 0 ? tree.GetProperty("nodes")[child] : Leaf(tree, child)).GetProperty("cover").GetDouble();

    private static double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
}
