namespace Workbench.Ml;

/// <summary>Text from outside (a name, a header, a query) made safe to echo in a message: control characters and the
/// bidirectional controls that reorder what follows them (a right-to-left override) are shown as <c>\u202E</c>
/// escapes, and a long name is cut with its length.</summary>
public static class MessageText
{
    /// <summary>A name longer than this is cut in messages.</summary>
    public const int MaxNameChars = 80;

    /// <summary><paramref name="name"/> as a message shows it: escaped, and cut to <see cref="MaxNameChars"/> characters
    /// with its full length when longer.</summary>
    public static string Name(string? name)
    {
        if (name is null) return "";
        if (name.Length <= MaxNameChars) return Escape(name);
        var keep = MaxNameChars - 20;
        if (char.IsHighSurrogate(name[keep - 1])) keep--;
        return $"{Escape(name[..keep])}… ({name.Length:N0} characters)";
    }

    /// <summary>A whole message with its control and bidirectional characters escaped (nothing cut).</summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text) sb.Append(NeedsEscape(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
