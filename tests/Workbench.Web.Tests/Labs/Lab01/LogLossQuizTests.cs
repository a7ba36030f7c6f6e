using Bunit;
using Workbench.Web.Labs.Lab01;

namespace Workbench.Web.Tests.Labs.Lab01;

public class LogLossQuizTests : WebTestContext
{
    // sklearn.metrics.log_loss([0], [0.2], labels=[0, 1]) = 0.2231435513142097
    [Theory]
    [InlineData("0.2231", true)]
    [InlineData("1.6094", false)]   // -ln(0.2): the y = 1 mistake
    public void Answer_GetsFeedback(string answer, bool right)
    {
        var cut = RenderWithProviders<LogLossQuiz>();
        cut.Find("input#quiz-answer").Change(answer);
        cut.Click("#quiz-check");
        var feedback = cut.Find("#quiz-feedback").TextContent;
        Assert.Equal(right, feedback.Contains("Right"));
        if (right) Assert.Contains("0.2231", feedback);
    }
}
