using Workbench.Ml.Data;
using Workbench.Ml.Toy;

namespace Workbench.Ml.Tests.Toy;

public class ToyGeneratorTests
{
    private static (double, double, int)[] Sorted(ToyDataset d) =>
        Enumerable.Range(0, d.Count).Select(i => (Math.Round(d.X1[i], 6), Math.Round(d.X2[i], 6), d.Labels[i])).Order().ToArray();

    [Fact]
    public void MoonsWithoutNoise_MatchScikitLearn()
    {
        // /usr/bin/python3 -c "from sklearn.datasets import make_moons; X,y=make_moons(n_samples=7,noise=0,shuffle=False); print(X.round(6).tolist(), y.tolist())"
        (double, double, int)[] expected =
        [
            (1.0, 0.0, 0), (0.0, 1.0, 0), (-1.0, 0.0, 0),
            (0.0, 0.5, 1), (0.5, -0.366025, 1), (1.5, -0.366025, 1), (2.0, 0.5, 1),
        ];
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Moons, Rows: 7, Noise: 0));

        Assert.Equal(expected.Order().ToArray(), Sorted(data));
    }

    [Fact]
    public void CirclesWithoutNoise_MatchScikitLearnWithFactorHalf()
    {
        // /usr/bin/python3 -c "from sklearn.datasets import make_circles; X,y=make_circles(n_samples=6,noise=0,shuffle=False,factor=0.5); print(X.round(6).tolist(), y.tolist())"
        (double, double, int)[] expected =
        [
            (1.0, 0.0, 0), (-0.5, 0.866025, 0), (-0.5, -0.866025, 0),
            (0.5, 0.0, 1), (-0.25, 0.433013, 1), (-0.25, -0.433013, 1),
        ];
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Circles, Rows: 6, Noise: 0));

        Assert.Equal(expected.Order().ToArray(), Sorted(data));
    }

    [Theory]
    [InlineData(ToyShape.Blobs)]
    [InlineData(ToyShape.Moons)]
    [InlineData(ToyShape.Circles)]
    [InlineData(ToyShape.Xor)]
    [InlineData(ToyShape.Spirals)]
    [InlineData(ToyShape.Checkerboard)]
    public void SameSeed_GivesSamePointsAndOtherSeedDiffers(ToyShape shape)
    {
        var a = ToyGenerator.Generate(new ToyOptions(shape, Rows: 101, Seed: 7));
        var b = ToyGenerator.Generate(new ToyOptions(shape, Rows: 101, Seed: 7));
        var c = ToyGenerator.Generate(new ToyOptions(shape, Rows: 101, Seed: 8));

        Assert.Equal(101, a.Count);
        Assert.Equal(a.X1, b.X1);
        Assert.Equal(a.X2, b.X2);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.X1, c.X1);
        Assert.All(a.Labels, l => Assert.True(l is 0 or 1));
        Assert.Contains(0, a.Labels);
        Assert.Contains(1, a.Labels);
    }

    [Theory]
    [InlineData(ToyShape.Blobs)]
    [InlineData(ToyShape.Moons)]
    [InlineData(ToyShape.Circles)]
    [InlineData(ToyShape.Spirals)]
    public void BalancedShapes_PutHalfThePointsInEachClass(ToyShape shape)
    {
        var data = ToyGenerator.Generate(new ToyOptions(shape, Rows: 11));

        Assert.Equal(5, data.Labels.Count(l => l == 0)); // make_moons: n_samples_out = n // 2
        Assert.Equal(6, data.Labels.Count(l => l == 1));
    }

    [Fact]
    public void XorWithoutNoise_LabelIsOneWhereSignsDiffer()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Xor, Rows: 500, Noise: 0));

        for (int i = 0; i < data.Count; i++)
        {
            Assert.InRange(data.X1[i], -1, 1);
            Assert.InRange(data.X2[i], -1, 1);
            Assert.Equal(data.X1[i] * data.X2[i] < 0 ? 1 : 0, data.Labels[i]);
        }
    }

    [Fact]
    public void CheckerboardWithoutNoise_AlternatesByCell()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Checkerboard, Rows: 400, Noise: 0));

        for (int i = 0; i < data.Count; i++)
            Assert.Equal((int)(Math.Floor(data.X1[i]) + Math.Floor(data.X2[i]) + 4) % 2, data.Labels[i]);
    }

    [Fact]
    public void BlobNoise_IsTheClusterStandardDeviation()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Blobs, Rows: 20_000, Noise: 0.5, Seed: 3));
        var x = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == 1).Select(i => data.X1[i]).ToArray();
        double mean = x.Average(), std = Math.Sqrt(x.Select(v => (v - mean) * (v - mean)).Average());

        Assert.InRange(mean, 1 - 0.02, 1 + 0.02);   // centre (1, 1); 4 standard errors of 0.5 / sqrt(10,000)
        Assert.InRange(std, 0.5 - 0.015, 0.5 + 0.015);
    }

    [Fact]
    public void SpiralsWithoutNoise_LieWithinTheUnitDisc()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Spirals, Rows: 300, Noise: 0));

        Assert.All(Enumerable.Range(0, data.Count), i => Assert.True(Math.Sqrt(data.X1[i] * data.X1[i] + data.X2[i] * data.X2[i]) <= 1 + 1e-12));
    }

    [Fact]
    public void ToTable_HasTwoRealColumnsAndATextLabel()
    {
        var table = ToyGenerator.Generate(new ToyOptions(ToyShape.Moons, Rows: 10)).ToTable();

        Assert.Equal(["x1", "x2", "label"], table.Columns.Select(c => c.Name));
        Assert.Equal(ColumnType.Real, table["x1"].Type);
        Assert.Equal(ColumnType.Categorical, table["label"].Type);
        Assert.Equal(10, table.RowCount);
        Assert.All(table["label"].Strings!, s => Assert.True(s is "0" or "1"));
    }

    [Theory]
    [InlineData(1, 0.1)]
    [InlineData(100, -0.1)]
    [InlineData(100, double.NaN)]
    public void BadOptions_Throw(int rows, double noise) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ToyGenerator.Generate(new ToyOptions(ToyShape.Moons, rows, noise)));
}
