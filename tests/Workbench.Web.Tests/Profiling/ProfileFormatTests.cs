using Workbench.Ml.Data;
using Workbench.Web.Profiling;

namespace Workbench.Web.Tests.Profiling;

public class ProfileFormatTests
{
    [Theory]
    [InlineData(1234567.0, "1,234,567")]
    [InlineData(0.123456, "0.1235")]
    [InlineData(1234.5678, "1,234.57")]
    [InlineData(0.00001234, "1.234e-5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "—")]
    public void Number_IsReadable(double value, string expected) => Assert.Equal(expected, ProfileFormat.Number(value));

    [Theory]
    [InlineData(0.125, "12.5 %")]
    [InlineData(0.0001, "< 0.1 %")]
    [InlineData(0.0, "0 %")]
    [InlineData(1.0, "100 %")]
    public void Percent_HasOneDecimal(double share, string expected) => Assert.Equal(expected, ProfileFormat.Percent(share));

    [Fact]
    public void DateValue_IsFormattedAsDate() =>
        Assert.Equal("2024-01-01", ProfileFormat.Value(19723, ColumnType.Date));

    [Theory]
    [InlineData(512L, "512 B")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    public void Bytes_UseBinaryUnits(long bytes, string expected) => Assert.Equal(expected, ProfileFormat.Bytes(bytes));
}
