using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public class ValueConverterTests
{
    [Theory]
    [InlineData("42", ColumnType.Integer, 42L)]
    [InlineData(" -7 ", ColumnType.Integer, -7L)]
    [InlineData("2.5", ColumnType.Real, 2.5)]
    [InlineData("1e3", ColumnType.Real, 1000.0)]
    [InlineData("Yes", ColumnType.Boolean, 1L)]
    [InlineData("f", ColumnType.Boolean, 0L)]
    [InlineData("1", ColumnType.Boolean, 1L)]
    [InlineData("2024-02-29", ColumnType.Date, "2024-02-29")]
    [InlineData("2024-02-29T00:00:00", ColumnType.Date, "2024-02-29")]
    [InlineData("2024-02-29 13:14:15", ColumnType.Date, "2024-02-29T13:14:15")]
    [InlineData("2024-02-29T13:14:15.250Z", ColumnType.Date, "2024-02-29T13:14:15")]
    [InlineData("2024/02/29", ColumnType.Date, "2024-02-29")]
    [InlineData(" 007 ", ColumnType.Categorical, " 007 ")]
    [InlineData("<b>x</b>", ColumnType.Text, "<b>x</b>")]
    public void TryConvert_GivesTheStorageValue(string raw, ColumnType type, object expected)
    {
        Assert.True(ValueConverter.TryConvert(raw, type, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Infinity_ConvertsToReal()
    {
        Assert.True(ValueConverter.TryConvert("-inf", ColumnType.Real, out var value));
        Assert.Equal(double.NegativeInfinity, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" NA ")]
    [InlineData("#N/A")]
    public void MissingValues_ConvertToNullForEveryType(string? raw)
    {
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            Assert.True(ValueConverter.TryConvert(raw, type, out var value));
            Assert.Null(value);
            Assert.True(ValueConverter.TryToNumber(raw, type, out var number) || !type.IsNumeric());
            if (type.IsNumeric()) Assert.True(double.IsNaN(number));
        }
    }

    [Theory]
    [InlineData("1.5", ColumnType.Integer)]
    [InlineData("007", ColumnType.Integer)]
    [InlineData("99999999999999999999", ColumnType.Integer)]
    [InlineData("abc", ColumnType.Real)]
    [InlineData("1,5", ColumnType.Real)]
    [InlineData("2", ColumnType.Boolean)]
    [InlineData("2024-02-30", ColumnType.Date)]
    [InlineData("31/12/2024", ColumnType.Date)]
    public void ValuesThatDoNotFit_ReturnFalse(string raw, ColumnType type)
    {
        Assert.False(ValueConverter.TryConvert(raw, type, out _));
        Assert.False(ValueConverter.TryToNumber(raw, type, out _));
    }

    [Fact]
    public void TryToNumber_GivesDaysForDates()
    {
        Assert.True(ValueConverter.TryToNumber("1970-01-02T12:00:00", ColumnType.Date, out var days));
        Assert.Equal(1.5, days);
        Assert.False(ValueConverter.TryToNumber("x", ColumnType.Categorical, out _));
    }

    public static TheoryData<string[]> Columns => new()
    {
        { ["true", "no", "T", "y"] },
        { ["0", "-12", "+5", " 33 ", "9223372036854775807", "-9223372036854775808"] },
        { ["1", "2.5", "-1e-300", "1E308", "inf", "-Infinity", ".25", "5."] },
        { ["2024-01-01", "1999-12-31T23:59:59", "2000-02-29T01:02:03.4567Z", "2024-06-01 00:00:00", "2024/06/02"] },
        { ["007", "a", "b", "x y"] },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void EveryValueInferenceAccepts_Converts(string[] values)
    {
        var type = TypeInference.Analyze(new TypeInferenceTests.ListSource(["x"], values.Cast<string?>().ToArray())).Columns[0].Type;
        foreach (var v in values)
        {
            Assert.True(ValueConverter.TryConvert(v, type, out var stored), $"'{v}' as {type}");
            Assert.NotNull(stored);
            if (type.IsNumeric()) Assert.True(ValueConverter.TryToNumber(v, type, out var n) && !double.IsNaN(n), $"'{v}' as number");
        }
    }

    [Fact]
    public void IntegerColumn_AlsoConvertsToReal()
    {
        Assert.True(ValueConverter.TryConvert("12", ColumnType.Real, out var value));
        Assert.Equal(12.0, value);
    }
}
