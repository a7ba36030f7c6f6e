using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class AlertRulesTests
{
    private static IReadOnlyList<ProfileAlert> Alerts(params DataColumn[] columns) => Profile(columns).Alerts;

    private static bool Fires(string kind, params DataColumn[] columns) => Alerts(columns).Any(a => a.Kind == kind);

    /// <summary>100 values: <paramref name="special"/> copies of a value, the rest distinct non-zero numbers.</summary>
    private static double[] HundredWith(double value, int special) =>
        Enumerable.Range(1, 100).Select(i => i <= special ? value : i).ToArray();

    [Fact]
    public void Missing_FiresAboveOnePercentOfRows()
    {
        Assert.False(Fires("MISSING", Real("income", HundredWith(double.NaN, 1))));
        var alert = Alerts(Real("income", HundredWith(double.NaN, 2))).Single(a => a.Kind == "MISSING");
        Assert.Equal("income", alert.Column);
        Assert.Equal("'income' has 2.0 % missing values (2 of 100; alert above 1.0 %).", alert.Message);
    }

    [Fact]
    public void Zeros_FiresAboveOnePercentOfRows()
    {
        Assert.False(Fires("ZEROS", Integer("x", HundredWith(0, 1))));
        Assert.True(Fires("ZEROS", Integer("x", HundredWith(0, 2))));
    }

    [Fact]
    public void Infinite_FiresAboveOnePercentOfRows()
    {
        Assert.False(Fires("INFINITE", Real("x", HundredWith(double.PositiveInfinity, 1))));
        Assert.True(Fires("INFINITE", Real("x", HundredWith(double.NegativeInfinity, 2))));
    }

    [Fact]
    public void Constant_FiresForOneDistinctValue()
    {
        Assert.True(Fires("CONSTANT", Real("x", 5, 5, double.NaN)));
        Assert.True(Fires("CONSTANT", Categorical("c", "k", "k")));
        Assert.False(Fires("CONSTANT", Real("x", 5, 6)));
    }

    [Fact]
    public void Unique_FiresWhenDistinctEqualsRows()
    {
        Assert.True(Fires("UNIQUE", Integer("id", 1, 2, 3)));
        Assert.False(Fires("UNIQUE", Integer("id", 1, 2, 2)));
        Assert.False(Fires("UNIQUE", Integer("id", 1, 2, double.NaN))); // 2 distinct values in 3 rows
    }

    [Fact]
    public void HighCardinality_FiresAboveFiftyDistinctCategories()
    {
        string?[] Values(int distinct) => Enumerable.Range(0, 2 * distinct).Select(i => $"c{i % distinct}").ToArray<string?>();
        Assert.False(Fires("HIGH_CARDINALITY", Categorical("c", Values(50))));
        Assert.True(Fires("HIGH_CARDINALITY", Categorical("c", Values(51))));
        Assert.False(Fires("HIGH_CARDINALITY", Text("t", Values(51)))); // Text is not Categorical in ydata
    }

    [Fact]
    public void Skewed_FiresAboveTwentyInAbsoluteValue()
    {
        // pd.Series([1.0] * 299 + [1000.0]).skew() = 17.32...; pd.Series([1.0] * 449 + [1000.0]).skew() = 21.21...
        Assert.False(Fires("SKEWED", Real("x", Repeat((1, 299), (1000, 1)))));
        Assert.True(Fires("SKEWED", Real("x", Repeat((1, 449), (1000, 1)))));
        Assert.True(Fires("SKEWED", Real("x", Repeat((-1, 449), (-1000, 1)))));
    }

    [Fact]
    public void Imbalance_FiresAboveHalf()
    {
        // 1 - entropy([89, 11], base=2) / np.log2(2) = 0.500084...; [88, 12] gives 0.470639...
        Assert.True(Fires("IMBALANCE", Boolean("b", Repeat((1, 89), (0, 11)))));
        Assert.False(Fires("IMBALANCE", Boolean("b", Repeat((1, 88), (0, 12)))));
        string?[] Cats(int a, int b) => Enumerable.Repeat<string?>("a", a).Concat(Enumerable.Repeat<string?>("b", b)).ToArray();
        Assert.True(Fires("IMBALANCE", Categorical("c", Cats(89, 11))));
        Assert.False(Fires("IMBALANCE", Categorical("c", Cats(88, 12))));
    }

    [Fact]
    public void Uniform_CategoricalFiresAboveP0999()
    {
        // scipy.stats.chisquare([100, 100, 100, 101]).pvalue = 0.99983; [100, 100, 100, 102] gives 0.99864
        string?[] Cats(int last) => Enumerable.Range(0, 3).SelectMany(i => Enumerable.Repeat<string?>($"k{i}", 100))
            .Concat(Enumerable.Repeat<string?>("k3", last)).ToArray();
        Assert.True(Fires("UNIFORM", Categorical("c", Cats(101))));
        Assert.False(Fires("UNIFORM", Categorical("c", Cats(102))));
    }

    [Fact]
    public void Uniform_NumericUsesNumpyAutoBins()
    {
        // v = np.arange(1, 101); chisquare(np.histogram(v, bins='auto')[0]).pvalue = 0.99998830
        Assert.True(Fires("UNIFORM", Integer("x", Enumerable.Range(1, 100).Select(i => (double)i).ToArray())));
        // with three extra 50s: 0.99931230 (still above 0.999)
        Assert.True(Fires("UNIFORM", Real("x", Enumerable.Range(1, 100).Select(i => (double)i).Concat([50, 50, 50]).ToArray())));
        // [1, 2, 2, 3, 3, 3, 4, 4, 5, 10]: 0.23594
        Assert.False(Fires("UNIFORM", Real("x", 1, 2, 2, 3, 3, 3, 4, 4, 5, 10)));
    }

    [Fact]
    public void HighCorrelation_FiresAtThresholdInclusive()
    {
        var x = Real("x", 1, 2, 3, 4, 5);
        var alerts = Profile(x, Real("y", 1, 2, 3, 4, 5), Real("z", 2, 1, 3, 1, 2)).Alerts.Where(a => a.Kind == "HIGH_CORRELATION").ToList();
        Assert.Equal(["x", "y"], alerts.Select(a => a.Column));
        Assert.Contains("'y' (Pearson 1)", alerts[0].Message);
        var atOne = new ProfileOptions { Alerts = new AlertThresholds { Correlation = 1.0 } };
        Assert.Contains(ProfileCalculator.Compute(Table(x, Real("y", 1, 2, 3, 4, 5)), atOne).Alerts, a => a.Kind == "HIGH_CORRELATION");
        Assert.DoesNotContain(Profile(x, Real("z", 2, 1, 3, 1, 2)).Alerts, a => a.Kind == "HIGH_CORRELATION");
    }

    [Fact]
    public void Duplicates_FiresOnAnyDuplicateRow()
    {
        Assert.True(Fires("DUPLICATES", Real("x", 1, 2, 1), Categorical("c", "a", "b", "a")));
        Assert.False(Fires("DUPLICATES", Real("x", 1, 2, 1), Categorical("c", "a", "b", "c")));
    }

    [Fact]
    public void Empty_FiresForNoRows()
    {
        Assert.True(Fires("EMPTY", Real("x")));
        Assert.False(Fires("EMPTY", Real("x", 1)));
    }

    [Fact]
    public void Alerts_AreOrderedByKind()
    {
        var kinds = Alerts(Real("x", 5, 5, double.NaN), Integer("id", 1, 2, 3)).Select(a => a.Kind).ToList();
        Assert.Equal(kinds.OrderBy(k => k, StringComparer.Ordinal), kinds);
    }
}
