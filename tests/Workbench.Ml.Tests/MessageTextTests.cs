using Workbench.Ml;

namespace Workbench.Ml.Tests;

public class MessageTextTests
{
    [Fact]
    public void RightToLeftOverrideAndControls_AreShownAsEscapes()
    {
        Assert.Equal("evil\\u202Etxt.exe", MessageText.Name("evil\u202Etxt.exe"));
        Assert.Equal("a\\u0009b\\u2066c\\u200Fd", MessageText.Escape("a\tb\u2066c\u200Fd"));
        Assert.Equal("plain name é 😀", MessageText.Escape("plain name é 😀"));
    }

    [Fact]
    public void LongName_IsCutWithItsLength()
    {
        var name = new string('n', 10_000);

        var shown = MessageText.Name(name);

        Assert.Equal(new string('n', 60) + "… (10,000 characters)", shown);
        Assert.Equal(new string('n', 80), MessageText.Name(new string('n', 80)));
    }

    [Fact]
    public void CutNeverSplitsASurrogatePair()
    {
        var name = new string('x', 59) + string.Concat(Enumerable.Repeat("😀", 30));

        Assert.Equal(new string('x', 59) + "… (119 characters)", MessageText.Name(name));
    }
}
