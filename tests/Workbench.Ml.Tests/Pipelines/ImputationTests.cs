using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class ImputationTests
{
    private const double N = double.NaN;

    [Fact]
    public void Mean_MatchesSimpleImputerWithIndicators()
    {
        var (fitted, output) = FitTransform(new ImputeStep(["x", "y"], ImputeStrategy.Mean, AddIndicator: true), Sample());
        var fills = ((FittedImpute)fitted.Steps[0]).Fills;
        // SimpleImputer(strategy="mean").fit(np.c_[x, y]).statistics_ -> [3.65625, 42.22222222222222]
        Close(3.65625, fills[0].Number!.Value);
        Close(42.22222222222222, fills[1].Number!.Value);
        Close([1.5, 3.65625, 3.0, -2.0, 7.25, 3.0, 0.5, 3.65625, 12.0, 4.0], output["x"].Numbers!);
        Assert.Equal(ColumnType.Real, output["y"].Type);
        // SimpleImputer(strategy="mean", add_indicator=True).fit_transform(np.c_[x, y])[:, 2:].T
        Assert.Equal([0.0, 1, 0, 0, 0, 0, 0, 1, 0, 0], output["missingindicator_x"].Numbers!);
        Assert.Equal([0.0, 0, 0, 0, 1, 0, 0, 0, 0, 0], output["missingindicator_y"].Numbers!);
        Assert.Equal(["x", "y", "city", "smoker", "missingindicator_x", "missingindicator_y"], output.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Median_MatchesSimpleImputer()
    {
        var (fitted, output) = FitTransform(new ImputeStep(["x", "y"], ImputeStrategy.Median), Sample());
        // SimpleImputer(strategy="median").fit(np.c_[x, y]).statistics_ -> [3.0, 30.0]
        Assert.Equal([3.0, 30.0], ((FittedImpute)fitted.Steps[0]).Fills.Select(f => f.Number!.Value));
        Assert.Equal([10.0, 20, 30, 20, 30, 50, 60, 20, 80, 90], output["y"].Numbers!);
        Assert.Equal(ColumnType.Integer, output["y"].Type);
    }

    [Fact]
    public void MostFrequent_TakesTheSmallestAmongTies()
    {
        // SimpleImputer(strategy="most_frequent").fit(np.c_[x, y]).statistics_ -> [3.0, 20.0]
        var (fitted, _) = FitTransform(new ImputeStep(["x", "y"], ImputeStrategy.MostFrequent), Sample());
        Assert.Equal([3.0, 20.0], ((FittedImpute)fitted.Steps[0]).Fills.Select(f => f.Number!.Value));
        // paris and rome both appear 3 times: SimpleImputer(strategy="most_frequent") on the object column -> "paris"
        var (_, text) = FitTransform(new ImputeStep(["city"], ImputeStrategy.MostFrequent), Sample());
        Assert.Equal((IEnumerable<string?>)["paris", "rome", "paris", "paris", "oslo", "rome", "paris", "paris", "oslo", "rome"], text["city"].Strings!);
    }

    [Fact]
    public void Constant_UsesTheGivenOrDefaultValue()
    {
        // SimpleImputer(strategy="constant", fill_value=-1.0).fit_transform(np.c_[x, y])[:, 0]
        var (_, output) = FitTransform(new ImputeStep(["x"], ImputeStrategy.Constant, FillNumber: -1), Sample());
        Assert.Equal([1.5, -1.0, 3.0, -2.0, 7.25, 3.0, 0.5, -1.0, 12.0, 4.0], output["x"].Numbers!);
        var (_, text) = FitTransform(new ImputeStep(["city"], ImputeStrategy.Constant), Sample());
        Assert.Equal("missing_value", text["city"].Strings![2]);
    }

    [Fact]
    public void IndicatorForColumnWithoutMissing_IsNotAdded()
    {
        // MissingIndicator(features="missing-only") keeps only columns with missing values in training.
        var (_, output) = FitTransform(new ImputeStep(["smoker"], ImputeStrategy.MostFrequent, AddIndicator: true), Sample());
        Assert.DoesNotContain(output.Columns, c => c.Name == "missingindicator_smoker");
    }

    [Fact]
    public void MeanOnTextColumn_ThrowsNamingStepAndColumn()
    {
        var e = Assert.Throws<PipelineException>(() => new PipelineSpec([new ImputeStep(["city"], ImputeStrategy.Mean)]).Fit(Sample()));
        Assert.Equal(0, e.StepIndex);
        Assert.Contains("Step 1 (impute): column 'city' is categorical, but this step needs numbers", e.Message);
    }

    [Fact]
    public void AllMissingColumn_ThrowsWithFix()
    {
        var e = Assert.Throws<PipelineException>(() => FitTransform(new ImputeStep(["a"], ImputeStrategy.Median), Numbers("a", N, N)));
        Assert.Contains("has no values in the training data", e.Message);
    }
}
