namespace Workbench.Ml.Data;

/// <summary>Checks column names: each is non-blank, has no control characters, and is unique ignoring case
/// (SQL names are case-insensitive). Any other text, HTML and quotes included, is a valid name and kept as is.</summary>
internal static class HeaderRules
{
    /// <summary>The names, trimmed of surrounding white space, or an exception naming the first bad one.</summary>
    /// <param name="names">The names in column order.</param>
    /// <param name="line">The 1-based line of the header, for the message (null when the format has no lines).</param>
    /// <param name="fix">How to fix the names in this format ("in the first line of the file").</param>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> names, long? line, string fix)
    {
        var result = new string[names.Count];
        var seen = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
        var where = line is null ? "" : $"Line {line}: ";
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0)
                throw new DataImportException($"{where}column {i + 1} of the header has no name. Give every column a name {fix}.", line);
            var bad = name.AsSpan().IndexOfAnyInRange('\0', '\u001f');
            if (bad < 0) bad = name.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
            if (bad >= 0)
                throw new DataImportException(
                    $"{where}the name of column {i + 1} ('{MessageText.Name(name)}') contains a control character (U+{(int)name[bad]:X4}). " +
                    $"Remove line breaks, tabs and other control characters from the column names {fix}.", line);
            if (seen.TryGetValue(name, out var j))
                throw new DataImportException(
                    $"{where}columns {j + 1} ('{MessageText.Name(result[j])}') and {i + 1} ('{MessageText.Name(name)}') have the same name (names are compared ignoring case). " +
                    $"Rename one of them {fix}.", line);
            seen.Add(name, i);
            result[i] = name;
        }
        return result;
    }
}
