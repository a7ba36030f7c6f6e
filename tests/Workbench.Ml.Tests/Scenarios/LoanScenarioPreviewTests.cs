using Workbench.Ml.Scenarios;

namespace Workbench.Ml.Tests.Scenarios;

public class LoanScenarioPreviewTests
{
    private static readonly LoanScenarioOptions Base = new() { Rows = 200_000, Seed = 17 };

    [Fact]
    public void Head_EqualsTheFirstRowsOfTheFullTable()
    {
        var options = LoanScenarioPresets.Find("data-quality").Apply(Base with { Rows = 150_000 });
        var full = LoanScenarioGenerator.Generate(options);

        var head = LoanScenarioPreview.Create(options).Head;

        Assert.Equal(10, head.RowCount);
        foreach (var column in head.Columns)
            for (int row = 0; row < 10; row++)
                Assert.Equal(full[column.Name].Format(row), column.Format(row));
    }

    [Fact]
    public void NoDrift_SeriesStaysAtTheBaseRate()
    {
        var series = LoanScenarioPreview.Create(Base, sampleRows: 200_000, periods: 4).Series;

        Assert.Equal(4, series.Starts.Count);
        Assert.Equal(92, series.DaysPerPeriod);
        Assert.Equal(200_000, series.Rows.Sum());
        // Each quarter holds about 50,000 rows: 3 standard errors of a 10 % share are 0.0040.
        Assert.All(series.DefaultRate, r => Assert.InRange(r, 0.096, 0.104));
        Assert.All(series.Means["salary"], m => Assert.InRange(m, 85_000 - 3 * 37_528 / Math.Sqrt(50_000), 85_000 + 3 * 37_528 / Math.Sqrt(50_000)));
    }

    [Fact]
    public void SuddenCovariatePreset_RaisesSalaryInTheSecondHalf()
    {
        var options = LoanScenarioPresets.Find("sudden-covariate").Apply(Base);
        var series = LoanScenarioPreview.Create(options, sampleRows: 200_000, periods: 61).Series;

        // 61 periods of 6 days: the shift starts on day 182, inside period 30.
        Assert.InRange(series.Means["salary"][10], 82_000, 88_000);
        Assert.InRange(series.Means["salary"][50], 97_000, 103_000);
    }

    [Fact]
    public void PriorPreset_RaisesTheDefaultRateToAQuarter()
    {
        var series = LoanScenarioPreview.Create(LoanScenarioPresets.Find("prior").Apply(Base), sampleRows: 200_000, periods: 4).Series;

        Assert.InRange(series.DefaultRate[0], 0.096, 0.104);
        Assert.InRange(series.DefaultRate[3], 0.244, 0.256);
    }

    [Fact]
    public void DataQualityPreset_ShowsTheMissingSpike()
    {
        var options = LoanScenarioPresets.Find("data-quality").Apply(Base);
        var series = LoanScenarioPreview.Create(options, sampleRows: 200_000, periods: 366).Series;
        int spike = options.Missing!.Start.DayNumber - options.StartDate.DayNumber;

        Assert.Equal(0, series.MissingShares["loan"][spike - 1]);
        Assert.InRange(series.MissingShares["loan"][spike + 3], 0.5, 0.7);
        Assert.True(series.Means["salary"][^1] < 200, "salary is in thousands at the end");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(366)]
    public void EveryPreset_IsValidForAnyPeriod(int days)
    {
        foreach (var preset in LoanScenarioPresets.All)
            LoanScenarioValidation.Validate(preset.Apply(new LoanScenarioOptions { Days = days }));
    }

    [Fact]
    public void UnknownPreset_ThrowsListingTheKeys()
    {
        var error = Assert.Throws<ArgumentException>(() => LoanScenarioPresets.Find("chaos"));
        Assert.Contains("no-drift, sudden-covariate, gradual-concept, prior, data-quality", error.Message);
    }
}
