using Workbench.Ml.Scenarios;

namespace Workbench.Ml.Tests.Scenarios;

public class LoanScenarioValidationTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static string Message(LoanScenarioOptions o) =>
        Assert.Throws<ArgumentException>(() => LoanScenarioGenerator.Generate(o)).Message;

    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.6)]
    [InlineData(double.NaN)]
    public void RateOutOfRange_ThrowsNamingTheSettingAndRange(double rate)
    {
        var m = Message(new LoanScenarioOptions { BaseRate = rate });
        Assert.StartsWith("BaseRate is", m);
        Assert.Contains("0.001 (0.1 %) to 0.5 (50 %)", m);
        Assert.StartsWith("Prior.BaseRate is", Message(new LoanScenarioOptions { Prior = new(Start, rate) }));
    }

    [Fact]
    public void ZeroRowsOrDays_Throw()
    {
        Assert.StartsWith("Rows is 0", Message(new LoanScenarioOptions { Rows = 0 }));
        Assert.StartsWith("Days is 0", Message(new LoanScenarioOptions { Days = 0 }));
    }

    [Fact]
    public void UnknownMissingColumn_ThrowsListingTheFeatures()
    {
        var m = Message(new LoanScenarioOptions { Missing = new("income", 0.1, Start, Start.AddDays(5)) });
        Assert.Contains("'income'", m);
        Assert.Contains("salary, commission", m);
        Assert.Contains("before", Message(new LoanScenarioOptions { Missing = new("age", 0.1, Start.AddDays(5), Start) }));
    }

    [Fact]
    public void IncompleteSchedules_ThrowSayingWhatIsNeeded()
    {
        Assert.Contains("End must be after", Message(new LoanScenarioOptions
            { Covariate = new(CovariateFeature.Salary, DriftKind.Gradual, 1000, Start) }));
        Assert.Contains("period of at least 1 day", Message(new LoanScenarioOptions
            { Covariate = new(CovariateFeature.Age, DriftKind.Recurring, 3, Start) }));
        Assert.Contains("share from 0 to 1", Message(new LoanScenarioOptions
            { Covariate = new(CovariateFeature.RegionMix, DriftKind.Sudden, 1.5, Start) }));
        Assert.Contains("salaries stay positive", Message(new LoanScenarioOptions
            { Covariate = new(CovariateFeature.Salary, DriftKind.Sudden, -30_000, Start) }));
    }

    [Fact]
    public void NewLevelThatExists_Throws()
    {
        Assert.Contains("new, non-empty level", Message(new LoanScenarioOptions { NewRegion = new(Start, 0.1, "3") }));
    }
}
