using Workbench.Ml.Data;
using Workbench.Web.Datasets;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Datasets;

public class ColumnFiltersTests
{
    private static ColumnFilter? Build(string column, FilterOperator op, string? value, ColumnType type, out string? error) =>
        ColumnFilters.TryBuild(new FilterDraft { Column = column, Operator = op, Value = value }, type, out error);

    [Theory]
    [InlineData(ColumnType.Integer, FilterOperator.GreaterThan, true)]
    [InlineData(ColumnType.Date, FilterOperator.LessOrEqual, true)]
    [InlineData(ColumnType.Integer, FilterOperator.Contains, false)]
    [InlineData(ColumnType.Boolean, FilterOperator.GreaterThan, false)]
    [InlineData(ColumnType.Text, FilterOperator.StartsWith, true)]
    [InlineData(ColumnType.Categorical, FilterOperator.LessThan, false)]
    public void OperatorsOffered_SuitTheColumnType(ColumnType type, FilterOperator op, bool offered) =>
        Assert.Equal(offered, ColumnFilters.For(type).Contains(op));

    [Theory]
    [InlineData(ColumnType.Integer, " 0042 ", "42")]
    [InlineData(ColumnType.Real, "1e3", "1000")]
    [InlineData(ColumnType.Real, "-3.25", "-3.25")]
    [InlineData(ColumnType.Boolean, "Yes", "true")]
    [InlineData(ColumnType.Boolean, "0", "false")]
    [InlineData(ColumnType.Date, "2024-03-31", "2024-03-31")]
    [InlineData(ColumnType.Date, "2024-03-31 14:05:00", "2024-03-31T14:05:00")]
    [InlineData(ColumnType.Text, "O'Brien", "O'Brien")]
    public void Value_IsNormalisedForTheStore(ColumnType type, string typed, string expected)
    {
        var filter = Build("c", FilterOperator.Equals, typed, type, out var error);

        Assert.Null(error);
        Assert.Equal(new ColumnFilter("c", FilterOperator.Equals, expected), filter);
    }

    [Theory]
    [InlineData(ColumnType.Integer, "4.5", "not a whole number")]
    [InlineData(ColumnType.Real, "3,5", "Use a dot for decimals")]
    [InlineData(ColumnType.Boolean, "maybe", "not true or false")]
    [InlineData(ColumnType.Date, "31/03/2024", "yyyy-MM-dd")]
    [InlineData(ColumnType.Text, "  ", "Type a value")]
    public void BadValue_GivesAMessageAndNoFilter(ColumnType type, string typed, string message)
    {
        var filter = Build("c", FilterOperator.Equals, typed, type, out var error);

        Assert.Null(filter);
        Assert.Contains(message, error);
    }

    [Fact]
    public void IsMissing_TakesNoValue()
    {
        var filter = Build("age", FilterOperator.IsMissing, "ignored", ColumnType.Real, out var error);

        Assert.Null(error);
        Assert.Equal(new ColumnFilter("age", FilterOperator.IsMissing), filter);
    }

    [Fact]
    public void OperatorNotSuitingType_IsRefused()
    {
        var filter = Build("flag", FilterOperator.Contains, "t", ColumnType.Boolean, out var error);

        Assert.Null(filter);
        Assert.Contains("does not apply to the boolean column 'flag'", error);
    }
}
