using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class RowSourceExtensionsTests
{
    [Fact]
    public void ToTabularData_LoadsColumnsByType()
    {
        using var file = TempFile.WithText("id,score,ok,day,city\n1,2.5,yes,2024-01-02,Paris\n2,NA,no,,\n");
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var table = source.ToTabularData(TypeInference.Analyze(source).Schema, "t");
        Assert.Equal(("t", 2), (table.Name, table.RowCount));
        Assert.Equal([1.0, 2.0], table["id"].Numbers!);
        Assert.True(table["score"].IsMissing(1));
        Assert.Equal([1.0, 0.0], table["ok"].Numbers!);
        Assert.Equal("2024-01-02", table["day"].Format(0));
        RowAssert.Equal(["Paris", null], table["city"].Strings!);
    }

    [Fact]
    public void OverrideThatDoesNotFit_NamesLineAndColumn()
    {
        using var file = TempFile.WithText("id,code\n1,10\n2,\"multi\nline\"\n3,x1\n");
        var source = DataFileReader.Open(file.Path, new ReadOptions());
        var schema = new[] { new ColumnSchema("id", ColumnType.Integer), new ColumnSchema("code", ColumnType.Integer) };
        var e = Assert.Throws<DataImportException>(() => source.ToTabularData(schema, "t"));
        Assert.StartsWith("Line 3, column 'code': the value 'multi\nline' is not an integer.", e.Message);
        Assert.Contains("Choose another type for that column", e.Message);
        Assert.Equal(3, e.Line);
    }
}
