using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Data;

public sealed class MissingSpellingsTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData(" NA ", true)]
    [InlineData("\vNA\v", true)]
    [InlineData("\f?\t", true)]
    [InlineData("\r\nnull", true)]
    [InlineData("   \t  ", true)]
    [InlineData("\u00A0NA\u00A0", true)]
    [InlineData("\u2003NA\u2003", true)]
    [InlineData("\u3000", true)]
    [InlineData("ünï", false)]
    [InlineData(" \u00A0NA", true)]
    [InlineData("\tNA\u2003 ", true)]
    [InlineData("\u00A0NAN", false)]
    [InlineData("na", false)]
    [InlineData("N A", false)]
    [InlineData("NAN", false)]
    [InlineData("  value with spaces  ", false)]
    public void TextAndUtf8Tests_AgreeOnEveryValue(string value, bool missing)
    {
        Assert.Equal(missing, MissingSpellings.IsMissing(value));
        Assert.Equal(missing, MissingSpellings.IsMissingUtf8(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void VerticalTabPaddedNa_IsMissingInInferenceAndInStorage()
    {
        var path = Path.GetTempFileName();
        try
        {
            var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},word{i % 3}\n"));
            File.WriteAllText(path, "a,b\n" + rows + "50,\vNA\v\n");
            var source = DataFileReader.Open(path, new ReadOptions(DataFormat.Csv));
            var preview = TypeInference.Analyze(source);
            Assert.Equal(1, preview.Columns[1].Missing);
            Assert.True(ValueConverter.TryConvert("\vNA\v", preview.Columns[1].Type, out var stored));
            Assert.Null(stored);
        }
        finally { File.Delete(path); }
    }
}
