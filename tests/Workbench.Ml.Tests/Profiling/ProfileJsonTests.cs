using System.Text.Json;
using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class ProfileJsonTests
{
    private static DatasetProfile Sample() => Profile(
        Real("x", 0.1, 2.0 / 3, double.NaN, 1e-300, double.PositiveInfinity, 5),
        Integer("const", 4, 4, 4, 4, 4, 4),
        Boolean("b", 1, 0, 1, 1, double.NaN, 0),
        Categorical("c", "é", null, "b", "b", "a", "\"q\""),
        Text("t", "a", "bb", null, "ccc", "a", "a"));

    [Fact]
    public void Profile_RoundTripsExactly()
    {
        var profile = Sample();
        var json = ProfileJson.Serialize(profile);
        var back = ProfileJson.Deserialize(json);
        Assert.Equal(json, ProfileJson.Serialize(back));
        var x = back.Columns[0].Numeric!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(profile.Columns[0].Numeric!.Std), BitConverter.DoubleToInt64Bits(x.Std));
        Assert.Equal(double.PositiveInfinity, x.Max);
        Assert.True(double.IsNaN(back.Correlations.Single(c => c.Method == "pearson").Values[1][1]));
        Assert.Equal(profile.Missing.Matrix.Select(r => r.ToList()), back.Missing.Matrix.Select(r => r.ToList()));
        Assert.Equal(profile.Overview, back.Overview with { TypeCounts = profile.Overview.TypeCounts });
        Assert.Equal(profile.Overview.TypeCounts, back.Overview.TypeCounts);
    }

    [Fact]
    public void Json_UsesCamelCaseNamedFloatsAndEnumNames()
    {
        var json = ProfileJson.Serialize(Sample());
        Assert.Contains("\"datasetName\":\"test\"", json);
        Assert.Contains("\"type\":\"categorical\"", json);
        Assert.Contains("\"NaN\"", json);
        Assert.Contains("\"Infinity\"", json);
    }

    [Fact]
    public void Options_AreReadOnly() =>
        Assert.Throws<InvalidOperationException>(() => ProfileJson.Options.WriteIndented = true);

    [Fact]
    public void NullText_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => ProfileJson.Deserialize("null"));
}
