using Workbench.Ml.Training;
using Workbench.Web.Experiments;

namespace Workbench.Web.Tests.Experiments;

public class HyperParameterCheckTests
{
    private static readonly HyperParameterSpec Leaves = new("NumberOfLeaves", HyperParameterKind.Integer, "20", 2, 1000, null, "Leaves.");
    private static readonly HyperParameterSpec L2 = new("L2Regularization", HyperParameterKind.Real, "auto", 0, null, null, "L2.");

    [Theory]
    [InlineData("20", null)]
    [InlineData("2", null)]
    [InlineData("1", "NumberOfLeaves must be in [2, 1000], not 1.")]
    [InlineData("2.5", "NumberOfLeaves must be a whole number, not 2.5.")]
    [InlineData("many", "NumberOfLeaves must be a number (use a dot for decimals), not 'many'.")]
    public void Integer_IsCheckedForTypeAndRange(string value, string? expected) => Assert.Equal(expected, HyperParameterCheck.Problem(Leaves, value));

    [Fact]
    public void Auto_IsValidOnlyWhenTheDefaultIsAuto()
    {
        Assert.Null(HyperParameterCheck.Problem(L2, "auto"));
        Assert.Null(HyperParameterCheck.Problem(L2, "0.5"));
        Assert.NotNull(HyperParameterCheck.Problem(L2, "-1"));
        Assert.NotNull(HyperParameterCheck.Problem(Leaves, "auto"));
        Assert.Equal("≥ 0", HyperParameterCheck.Range(L2));
    }
}
