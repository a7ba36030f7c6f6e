namespace Workbench.Ml.Explain.Display;

/// <summary>One bar of a waterfall: a feature's contribution (or the sum of the folded ones).</summary>
/// <param name="Label">"feature = value", or "N other features".</param>
/// <param name="Player">The player's index, or -1 for the folded bar.</param>
public sealed record WaterfallStep(string Label, int Player, double Contribution);

/// <summary>The bars of one row's waterfall, from the base value to the output.</summary>
/// <param name="BaseValue">E[f(X)], where the waterfall starts.</param>
/// <param name="Steps">Contributions by decreasing size, the folded remainder last.</param>
/// <param name="Output">Base value + Σ contributions = f(x), where it ends.</param>
public sealed record ShapWaterfall(double BaseValue, IReadOnlyList<WaterfallStep> Steps, double Output)
{
    /// <summary>Default number of bars, the folded one included (as shap.plots.waterfall's max_display).</summary>
    public const int DefaultMaxBars = 10;

    /// <summary>Orders a row's values by |value| and folds all but the largest <c>maxBars − 1</c> into one bar when
    /// there are more than <paramref name="maxBars"/>.</summary>
    /// <param name="players">Player names.</param>
    /// <param name="values">The row's SHAP value per player.</param>
    /// <param name="shownValues">The row's value of each player as text (for "feature = value" labels), or null.</param>
    public static ShapWaterfall Build(double baseValue, IReadOnlyList<string> players, IReadOnlyList<double> values,
        IReadOnlyList<string?>? shownValues = null, int maxBars = DefaultMaxBars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBars, 2);
        if (players.Count != values.Count) throw new ArgumentException("One value per player is needed.", nameof(values));
        var order = Enumerable.Range(0, values.Count).OrderByDescending(i => Math.Abs(values[i])).ThenBy(i => i).ToList();
        var keep = order.Count <= maxBars ? order.Count : maxBars - 1;
        var steps = order.Take(keep).Select(i => new WaterfallStep(Label(players[i], shownValues?[i]), i, values[i])).ToList();
        if (keep < order.Count)
        {
            var rest = order.Skip(keep).Sum(i => values[i]);
            steps.Add(new WaterfallStep($"{order.Count - keep} other features", -1, rest));
        }
        return new ShapWaterfall(baseValue, steps, baseValue + values.Sum());
    }

    private static string Label(string player, string? value) => value is null ? player : $"{player} = {value}";
}
