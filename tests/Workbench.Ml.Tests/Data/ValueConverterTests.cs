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

public class ValueConverterSpanTests
{
    [Theory]
    [InlineData(" 42 ", false, 42L)]
    [InlineData("+7", false, 7L)]
    [InlineData("9007199254740993", false, 9007199254740993L)]
    [InlineData("-9223372036854775808", false, long.MinValue)]
    [InlineData("\u000bNA", true, 0L)]
    public void TryToInteger_GivesTheExactValueOrMissing(string raw, bool missing, long expected)
    {
        Assert.True(ValueConverter.TryToInteger(raw, out var value, out var isMissing));
        Assert.Equal((missing, expected), (isMissing, value));
        Assert.True(ValueConverter.TryConvert(raw, ColumnType.Integer, out var stored));
        Assert.Equal(missing ? null : expected, stored);
    }

    [Theory]
    [InlineData("007")]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    public void TryToInteger_RejectsWhatTryConvertRejects(string raw)
    {
        Assert.False(ValueConverter.TryToInteger(raw, out _, out _));
        Assert.False(ValueConverter.TryConvert(raw, ColumnType.Integer, out _));
    }

    [Theory]
    [InlineData("2020-01-31", "2020-01-31")]
    [InlineData("2020-01-01T00:00:00", "2020-01-01")]
    [InlineData("2022-02-28 10:00:00", "2022-02-28T10:00:00")]
    [InlineData("2023/05/06", "2023-05-06")]
    public void DateAsUtf8_IsTheTextTryConvertStores(string raw, string expected)
    {
        Assert.True(ValueConverter.TryToDate(raw, out var date, out var missing));
        Assert.False(missing);
        var buffer = new byte[32];
        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, ValueConverter.FormatDateUtf8(date, buffer));
        Assert.Equal(expected, text);
        Assert.True(ValueConverter.TryConvert(raw, ColumnType.Date, out var stored));
        Assert.Equal(expected, stored);
    }

    [Fact]
    public void FormatDateUtf8_WritesWhatTheIsoFormatWrites()
    {
        var random = new Random(7);
        var dates = Enumerable.Range(0, 2000).Select(_ => DateTime.MinValue.AddTicks(random.NextInt64(DateTime.MaxValue.Ticks)))
            .Concat([DateTime.MinValue, new DateTime(9999, 12, 31), new DateTime(2020, 1, 1, 0, 0, 0, 5), new DateTime(987, 6, 5, 4, 3, 2)]);
        var buffer = new byte[32];
        foreach (var date in dates)
        {
            var expected = date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer, 0, ValueConverter.FormatDateUtf8(date, buffer)));
        }
    }

    [Fact]
    public void TryToNumberOfSpanAndString_Agree()
    {
        foreach (var raw in new[] { "1e5", "-inf", ".5", " NA ", "x", "007", "true", "1" })
            foreach (var type in new[] { ColumnType.Integer, ColumnType.Real, ColumnType.Boolean })
            {
                var a = ValueConverter.TryToNumber(raw, type, out var x);
                var b = ValueConverter.TryToNumber(raw.AsSpan(), type, out var y);
                Assert.Equal((a, x), (b, y));
            }
    }
}
