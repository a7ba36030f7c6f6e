using Bunit;
using Workbench.Web.Labs.Lab01;

namespace Workbench.Web.Tests.Labs.Lab01;

public class LogLossCalculatorTests : WebTestContext
{
    // sklearn.metrics.log_loss([y], [p], labels=[0, 1]) rounded to 4 decimals
    [Theory]
    [InlineData(0.9, 1, "0.1054")]
    [InlineData(0.5, 1, "0.6931")]
    [InlineData(0.1, 1, "2.3026")]
    [InlineData(0.7, 0, "1.2040")]
    public void Inputs_ShowLossOfScikitLearn(double p, int y, string expected)
    {
        var cut = Render<LogLossCalculator>(ps => ps.Add(c => c.Probability, p).Add(c => c.Label, y));
        Assert.Equal(expected, cut.Find("#logloss-value").TextContent);
    }

    [Fact]
    public void WorkedExample_ShowsCourseValues()
    {
        var cut = Render<LogLossCalculator>();
        var cells = cut.Find("#logloss-worked").QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["0.9", "0.1054", "0.5", "0.6931", "0.1", "2.3026"], cells);
    }

    // -np.log(np.clip(0.0, 1e-15, 1 - 1e-15)) = 34.538776394910684
    [Fact]
    public void CertainMistake_IsClippedAndSaysSo()
    {
        var cut = Render<LogLossCalculator>(ps => ps.Add(c => c.Probability, 0.0).Add(c => c.Label, 1));
        Assert.Equal("34.5388", cut.Find("#logloss-value").TextContent);
        Assert.Contains("clipped", cut.Find("#logloss-clipped").TextContent);
    }
}
