using Workbench.Ml.Toy;

namespace Workbench.Ml.Tests.Toy;

public class DecisionGridTests
{
    private static ToyDataset Square() => new(new ToyOptions(ToyShape.Xor), [0, 10, 0, 10], [0, 0, 20, 20], [0, 1, 1, 0]);

    [Fact]
    public void Around_CoversThePointsWithTheMargin()
    {
        var grid = DecisionGrid.Around(Square(), size: 3, margin: 0.1);

        Assert.Equal([-1.0, 5.0, 11.0], grid.Xs);
        Assert.Equal([-2.0, 10.0, 22.0], grid.Ys);
    }

    [Fact]
    public void ToTable_VariesXFastestAndReshapeInvertsIt()
    {
        var grid = DecisionGrid.Around(Square(), size: 3, margin: 0.1);
        var table = grid.ToTable();

        Assert.Equal(9, table.RowCount);
        Assert.Equal([-1.0, 5.0, 11.0, -1.0, 5.0, 11.0, -1.0, 5.0, 11.0], table["x1"].Numbers!);
        Assert.Equal([-2.0, -2.0, -2.0, 10.0, 10.0, 10.0, 22.0, 22.0, 22.0], table["x2"].Numbers!);
        var z = grid.Reshape(table["x1"].Numbers!.Zip(table["x2"].Numbers!, (x, y) => x + 100 * y).ToArray());
        Assert.Equal(3, z.Length);
        Assert.Equal(5.0 + 100 * 10.0, z[1][1]);
        Assert.Equal(11.0 + 100 * -2.0, z[0][2]);
    }

    [Fact]
    public void ReshapeWithWrongCount_Throws() =>
        Assert.Throws<ArgumentException>(() => DecisionGrid.Around(Square(), size: 3).Reshape([1.0, 2.0]));
}
