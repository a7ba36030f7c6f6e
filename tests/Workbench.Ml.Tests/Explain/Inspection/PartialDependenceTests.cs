using Workbench.Ml.Data;
using Workbench.Ml.Explain.Inspection;

namespace Workbench.Ml.Tests.Explain.Inspection;

public class PartialDependenceTests
{
    // Expected values from /usr/bin/python3 (scikit-learn 1.2.1) with
    //   X[i] = [((i*37) % 101)/10, ((i*53) % 89)/7 - 3, i % 4] for i in range(150)
    //   class F(BaseEstimator, RegressorMixin): predict(X) = X[:,0]**2 + 3*X[:,1] + X[:,0]*X[:,1]
    //   partial_dependence(F().fit(X), X, [0], grid_resolution=20, kind='both')
    private static readonly TabularData Data = new("pd", [
        DataColumn.Numeric("x0", ColumnType.Real, Enumerable.Range(0, 150).Select(i => (i * 37 % 101) / 10.0).ToArray()),
        DataColumn.Numeric("x1", ColumnType.Real, Enumerable.Range(0, 150).Select(i => (i * 53 % 89) / 7.0 - 3).ToArray()),
        DataColumn.Numeric("x2", ColumnType.Real, Enumerable.Range(0, 150).Select(i => (double)(i % 4)).ToArray()),
        DataColumn.Text("tag", ColumnType.Categorical, Enumerable.Range(0, 150).Select(i => i % 3 == 0 ? "b" : "a").ToArray()),
    ]);

    private static double[] F(TabularData data) => Enumerable.Range(0, data.RowCount).Select(r =>
    {
        double x0 = data["x0"].Numbers![r], x1 = data["x1"].Numbers![r];
        return x0 * x0 + 3 * x1 + x0 * x1 + (data["tag"].Strings![r] == "b" ? 10 : 0);
    }).ToArray();

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void PercentileGrid_MatchesScikitLearn()
    {
        var grid = PartialDependence.Grid(Data, "x0", new PartialDependenceOptions(GridResolution: 20)).Numbers!;
        Assert.Equal(20, grid.Length);
        // mquantiles(X[:,0], prob=(0.05, 0.95)) = [0.391, 9.509]; values[0][1] = 0.8708947368421054
        AssertClose(0.39100000000000007, grid[0]);
        AssertClose(0.8708947368421054, grid[1]);
        AssertClose(4.7100526315789475, grid[9]);
        AssertClose(9.509, grid[19]);
    }

    [Fact]
    public void OneWayAverageAndIce_MatchScikitLearn()
    {
        // The tag adds 10 on a third of the rows (50 of 150), so sklearn's averages (without tag) shift by 10/3.
        var pd = PartialDependence.OneWay(F, Data, "x0", new PartialDependenceOptions(GridResolution: 20));
        double shift = 50 * 10.0 / 150;
        AssertClose(11.472361952380952 + shift, pd.Average[0]);
        AssertClose(47.92148576718111 + shift, pd.Average[9]);
        AssertClose(132.17731433333333 + shift, pd.Average[19]);
        // individual[0][5][:3] (row 5 has tag "a")
        AssertClose(32.12516671428571, pd.Ice[5][0]);
        AssertClose(42.84636152552434, pd.Ice[5][2]);
        Assert.Equal(150, pd.Rows.Length);
    }

    [Fact]
    public void FewDistinctValues_AreTheGrid()
    {
        // partial_dependence(..., [2], grid_resolution=20): values [0, 1, 2, 3], average 60.3142 everywhere (x2 unused)
        var pd = PartialDependence.OneWay(F, Data, "x2", new PartialDependenceOptions(GridResolution: 20));
        Assert.Equal([0.0, 1, 2, 3], pd.Axis.Numbers!);
        Assert.All(pd.Average, a => AssertClose(60.31419999999999 + 10.0 / 3, a));
    }

    [Fact]
    public void TwoWay_MatchesScikitLearn()
    {
        // partial_dependence(..., [(0, 1)], grid_resolution=5, kind='average')
        var pd = PartialDependence.TwoWay(F, Data, "x0", "x1", new PartialDependenceOptions(GridResolution: 5));
        AssertClose(-2.4414285714285713, pd.Y.Numbers![0]);
        AssertClose(2.6705, pd.X.Numbers![1]);
        AssertClose(-8.126003285714287 + 10.0 / 3, pd.Average[0][0]);
        AssertClose(9.70962257142857 + 10.0 / 3, pd.Average[1][1]);
        AssertClose(204.78908100000004 + 10.0 / 3, pd.Average[4][4]);
        AssertClose(27.291076678571418 + 10.0 / 3, pd.Average[3][0]);
    }

    [Fact]
    public void CategoricalFeature_UsesItsValuesAndCentredIceStartsAtZero()
    {
        var pd = PartialDependence.OneWay(F, Data, "tag", new PartialDependenceOptions(CenterIce: true, SampleRows: 40, Seed: 3));
        Assert.Equal("a,b", string.Join(",", pd.Axis.Categories!));
        Assert.Equal(40, pd.Rows.Length);
        Assert.All(pd.Ice, curve => { Assert.Equal(0.0, curve[0]); AssertClose(10, curve[1]); });
        AssertClose(10, pd.Average[1] - pd.Average[0]);
    }

    [Fact]
    public void ConstantColumn_ThrowsAskingForOtherPercentiles()
    {
        var flat = new TabularData("flat", [DataColumn.Numeric("c", ColumnType.Real, Enumerable.Repeat(1.0, 200).Select((v, i) => i < 195 ? v : i).ToArray())]);
        var error = Assert.Throws<ArgumentException>(() => PartialDependence.Grid(flat, "c", new PartialDependenceOptions(GridResolution: 5)));
        Assert.Contains("percentiles further apart", error.Message);
    }
}
