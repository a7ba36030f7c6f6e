using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Tests.Pipelines;

public class HashingTests
{
    private const double N = double.NaN;

    private static TabularData Rows() => new("t",
    [
        DataColumn.Text("city", ColumnType.Categorical, ["paris", "rome", "oslo", null]),
        DataColumn.Numeric("x", ColumnType.Real, [1.5, -2.0, N, 3.0]),
    ]);

    [Theory]
    // sklearn.utils.murmurhash3_32(s, seed=0) for "", "a", "ab", "abc", "abcd", "city=paris", "x", "héllo"
    [InlineData("", 0)]
    [InlineData("a", 1009084850)]
    [InlineData("ab", -1681926305)]
    [InlineData("abc", -1277324294)]
    [InlineData("abcd", 1139631978)]
    [InlineData("city=paris", -1605665722)]
    [InlineData("x", 1050319643)]
    [InlineData("héllo", -1130389400)]
    public void Murmur3_MatchesSklearn(string text, int expected) =>
        Assert.Equal(expected, Hashing.Murmur3(System.Text.Encoding.UTF8.GetBytes(text), 0));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DictRows_MatchFeatureHasher(bool alternateSign)
    {
        var output = new PipelineSpec([new HashStep(["city", "x"], 8, alternateSign)]).Fit(Rows()).Transform(Rows());
        // FeatureHasher(n_features=8, input_type="dict", alternate_sign=...).transform(
        //   [{"city":"paris","x":1.5}, {"city":"rome","x":-2.0}, {"city":"oslo"}, {"x":3.0}]).toarray()
        // (a missing value is a missing key)
        var parisSign = alternateSign ? -1.0 : 1.0;
        double[][] expected =
        [
            [0, 0, parisSign, 1.5, 0, 0, 0, 0],
            [0, 0, 0, -2.0, 0, 0, 1, 0],
            [0, 1, 0, 0, 0, 0, 0, 0],
            [0, 0, 0, 3.0, 0, 0, 0, 0],
        ];
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"hash_{i}"), output.Columns.Select(c => c.Name));
        for (var r = 0; r < 4; r++) Assert.Equal(expected[r], output.Columns.Select(c => c.Numbers![r]));
    }

    [Fact]
    public void ZeroFeatures_ThrowsWithRange()
    {
        var e = Assert.Throws<PipelineException>(() => new PipelineSpec([new HashStep(["city"], 0)]).Fit(Rows()));
        Assert.Contains("choose between 1 and", e.Message);
    }
}
