using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class RowBatchTests
{
    private const string Tricky =
        "int,real,bool,date,cat,big\n" +
        " 42 ,1e5,true,2020-01-31,a,9007199254740993\n" +
        "+7,-inf,N,2021-12-31T23:59:59,\" a\",-9223372036854775808\n" +
        "NA,.5,YES,2022-02-28 10:00:00,\u00a0NA,123\n" +
        "\u000bNA\u000b,N/A,1,2023/05/06,\u2003NA\u2003,9223372036854775807\n" +
        "-12,3,0,2020-01-01T00:00:00Z,ünï 🙂,1\n";

    private static readonly ColumnSchema[] Schema =
    [
        new("int", ColumnType.Integer), new("real", ColumnType.Real), new("bool", ColumnType.Boolean),
        new("date", ColumnType.Date), new("cat", ColumnType.Categorical), new("big", ColumnType.Integer),
    ];

    private static List<object?[]> Cells(RowBatch batch)
    {
        var rows = new List<object?[]>();
        for (var r = 0; r < batch.Count; r++)
            rows.Add(Enumerable.Range(r * batch.Columns, batch.Columns).Select(cell => batch.Kinds[cell] switch
            {
                StoredKind.Integer => (object?)batch.Integers[cell],
                StoredKind.Real => batch.Reals[cell],
                StoredKind.Text => System.Text.Encoding.UTF8.GetString(batch.Text(cell)),
                _ => null,
            }).ToArray());
        return rows;
    }

    [Fact]
    public void Utf8Rows_ConvertExactlyAsStringRows()
    {
        using var temp = new TempWorkspace();
        var source = (IUtf8RowSource)DataFileReader.Open(temp.WriteFile("t.csv", Tricky), new ReadOptions());
        var fromStrings = new RowBatch(Schema.Length);
        foreach (var row in source.ReadRows()) fromStrings.Add(row, Schema, 1);
        var fromUtf8 = new RowBatch(Schema.Length);
        foreach (var row in source.ReadUtf8Rows()) fromUtf8.Add(row, Schema, 1);

        var expected = Cells(fromStrings);
        Assert.Equal(expected, Cells(fromUtf8));
        Assert.Equal(new object?[] { 42L, 1e5, 1L, "2020-01-31", "a", 9007199254740993L }, expected[0]);
        Assert.Equal(new object?[] { null, null, 1L, "2023-05-06", null, long.MaxValue }, expected[3]);
        Assert.Equal(new object?[] { -12L, 3.0, 0L, "2020-01-01", "ünï 🙂", 1L }, expected[4]);
    }

    [Fact]
    public void BadValue_NamesLineColumnAndValue()
    {
        using var temp = new TempWorkspace();
        var source = (IUtf8RowSource)DataFileReader.Open(temp.WriteFile("b.csv", "n\n1\n2x\n"), new ReadOptions());
        var batch = new RowBatch(1);
        var e = Assert.Throws<DataImportException>(() =>
        {
            foreach (var row in source.ReadUtf8Rows()) batch.Add(row, [new ColumnSchema("n", ColumnType.Integer)], 3);
        });
        Assert.StartsWith("Line 3, column 'n': '2x' is not a valid integer.", e.Message);
    }

    [Fact]
    public void Clear_ReusesTheBatch()
    {
        var batch = new RowBatch(1);
        batch.Add(["abc"], [new ColumnSchema("t", ColumnType.Text)], 2);
        batch.Clear();
        batch.Add(["xy"], [new ColumnSchema("t", ColumnType.Text)], 3);
        Assert.Equal(1, batch.Count);
        Assert.Equal("xy"u8.ToArray(), batch.Text(0).ToArray());
    }
}
