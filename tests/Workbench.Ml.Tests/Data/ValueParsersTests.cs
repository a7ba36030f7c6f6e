using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class ValueParsersTests
{
    public static readonly string[] Tricky =
    [
        "0", "-0", "+0", "00", "007", "-007", "0.5", "00.5", ".5", "-.5", "5.", "+5.", ".", "-", "+", "", " ", " 12 ",
        "1e5", "1E+5", "1e-5", "1e", "1e+", "e5", "1.5e3", "1.5e99999", "1e400", "-1e400", "inf", "-INF", "Infinity", "nan",
        "NaN", "1,000", "1_000", "0x1F", "1.2.3", "--1", "+-1", "12a", "a12", "९", "１２", "123456789012345678",
        "1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
        "1 2", "\t7\t", "1e0005", "0e0", "0.0", "-0.0e-0",
    ];

    [Fact]
    public void FastSyntaxChecks_AgreeWithTheParsers()
    {
        var random = new Random(11);
        const string alphabet = "0123456789+-.eE ";
        var cases = Tricky.ToList();
        for (var n = 0; n < 20_000; n++)
            cases.Add(new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        foreach (var s in cases)
        {
            Assert.True(ValueParsers.IsInteger(s) == ValueParsers.TryInteger(s, out _), $"integer '{s}'");
            Assert.True(ValueParsers.IsReal(s) == ValueParsers.TryReal(s, out _), $"real '{s}'");
        }
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-04-31", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-01-01T24:00:00", false)]
    [InlineData("2024-01-01T23:59:60", false)]
    [InlineData("2024-01-01T23:59:59Z", true)]
    [InlineData("2024-01-01T23:59:59.5", true)]
    [InlineData("2024-01-01 23:59", false)]
    [InlineData("2024/01-01", false)]
    [InlineData("2024/01/01", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("20240101", false)]
    [InlineData("01/02/2024", false)]
    public void TryDate_AcceptsOnlyValidIsoDates(string text, bool expected)
    {
        Assert.Equal(expected, ValueParsers.TryDate(text, out _));
        var exact = DateTime.TryParseExact(text,
            ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy/MM/dd"],
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
        Assert.Equal(exact, ValueParsers.TryDate(text, out _));
    }

    [Fact]
    public void TryDate_FastPathGivesTheSameValueAsParseExact()
    {
        Assert.True(ValueParsers.TryDate("2024-03-01 13:05:09", out var fast));
        Assert.Equal(new DateTime(2024, 3, 1, 13, 5, 9), fast);
        Assert.True(ValueParsers.TryDate("2024-03-01T13:05:09.250", out var slow));
        Assert.Equal(new DateTime(2024, 3, 1, 13, 5, 9, 250), slow);
    }
}
