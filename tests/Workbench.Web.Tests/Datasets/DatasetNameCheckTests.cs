using Workbench.Web.Datasets;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Datasets;

public class DatasetNameCheckTests
{
    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("has space")]
    [InlineData("wb_datasets")]
    public void UnusableName_GivesTheWorkspaceMessage(string name)
    {
        var expected = Assert.Throws<WorkspaceException>(() => DatasetNames.Validate(name)).Message;

        Assert.Equal(expected, DatasetNameCheck.Problem(name));
    }

    [Fact]
    public void ValidName_HasNoProblem() => Assert.Null(DatasetNameCheck.Problem("penguins_2024"));

    [Theory]
    [InlineData("my penguins.csv", "my_penguins")]
    [InlineData("2024 sales.parquet", "data_2024_sales")]
    [InlineData("wb_log.csv", "data_wb_log")]
    [InlineData("___.csv", "dataset")]
    [InlineData("été.tsv", "t")]
    public void Suggest_MakesAValidName(string fileName, string expected)
    {
        var name = DatasetNameCheck.Suggest(fileName);

        Assert.Equal(expected, name);
        Assert.Null(DatasetNameCheck.Problem(name));
    }

    [Fact]
    public void Suggest_CutsLongNamesToTheLimit()
    {
        var name = DatasetNameCheck.Suggest(new string('a', 100) + ".csv");

        Assert.Equal(63, name.Length);
        Assert.Null(DatasetNameCheck.Problem(name));
    }
}
