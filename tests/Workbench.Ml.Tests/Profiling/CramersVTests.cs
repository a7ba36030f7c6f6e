using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class CramersVTests
{
    // cat = pd.DataFrame({'color': ['red','blue','red','green','blue','red',None,'green','red','blue','green','red'],
    //   'size': ['S','L','S','M','L','S','M',None,'M','L','M','S'], 'flag': [1,0,1,0,0,1,0,1,1,0,nan,1],
    //   'g2': ['x','y','x','y','x','y','x','y','x','x','y','y']})
    // cramers(cm) is ydata's _cramers_corrected_stat(pd.crosstab(cat[a], cat[b]), correction=True)
    private static CorrelationMatrix Matrix() => ProfileAssert.Profile(
        Categorical("color", "red", "blue", "red", "green", "blue", "red", null, "green", "red", "blue", "green", "red"),
        Categorical("size", "S", "L", "S", "M", "L", "S", "M", null, "M", "L", "M", "S"),
        Boolean("flag", 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, double.NaN, 1),
        Categorical("g2", "x", "y", "x", "y", "x", "y", "x", "y", "x", "x", "y", "y"))
        .Correlations.Single(c => c.Method == "cramers_v");

    [Theory]
    [InlineData("color", "size", 0.8366600265340757)]  // 3 x 3 table
    [InlineData("color", "flag", 0.8003905296791061)]  // 3 x 2 table
    [InlineData("size", "flag", 0.758287544405155)]    // 3 x 2 table
    [InlineData("flag", "g2", 0.0)]                    // 2 x 2 table: Yates' correction applies
    [InlineData("color", "g2", 0.3583225665910466)]
    public void Pair_MatchesYdataFormula(string a, string b, double expected)
    {
        var m = Matrix();
        int i = IndexOf(m, a), j = IndexOf(m, b);
        Close(expected, m.Values[i][j]);
        Close(expected, m.Values[j][i]);
        Assert.Equal(1.0, m.Values[i][i]);
    }

    [Fact]
    public void OneRowCrosstab_IsOneAsInYdata()
    {
        // cramers(pd.crosstab(pd.Series(['p','p','p','q']), pd.Series(['u','v','u',None]))) == 1.0 (shape (1, 2))
        var x = CramersV.Codes(Categorical("x", "p", "p", "p", "q"));
        var y = CramersV.Codes(Categorical("y", "u", "v", "u", null));
        Assert.Equal(1.0, CramersV.Statistic(x, y));
    }

    [Fact]
    public void NoCommonRows_IsNaN()
    {
        var x = CramersV.Codes(Categorical("x", "p", "q", null, null));
        var y = CramersV.Codes(Categorical("y", null, null, "u", "v"));
        Assert.True(double.IsNaN(CramersV.Statistic(x, y)));
    }

    [Fact]
    public void ConstantOrTooManyDistinct_AreLeftOut()
    {
        var many = Enumerable.Range(0, 101).Select(i => $"v{i}").ToArray<string?>();
        var p = ProfileAssert.Profile(
            Categorical("many", many),
            Categorical("constant", Enumerable.Repeat<string?>("k", 101).ToArray()),
            Categorical("ok", Enumerable.Range(0, 101).Select(i => i % 2 == 0 ? "e" : "o").ToArray<string?>()),
            Boolean("b", Enumerable.Range(0, 101).Select(i => (double)(i % 3 == 0 ? 1 : 0)).ToArray()));
        Assert.Equal(["ok", "b"], p.Correlations.Single(c => c.Method == "cramers_v").Columns);
    }

    private static int IndexOf(CorrelationMatrix m, string name) => m.Columns.ToList().IndexOf(name);
}
