namespace Workbench.Web.Datasets;

/// <summary>Client-side checks of a dataset name, before the store's own checks (which have the last word).</summary>
public static class DatasetNames
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>An error message for an unusable name, or null when it looks fine.</summary>
    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Give the dataset a name.";
        if (name != name.Trim()) return "Remove the spaces at the start or end of the name.";
        if (name.Length > MaxLength) return $"Use at most {MaxLength} characters (this name has {name.Length}).";
        if (name.Any(char.IsControl)) return "Remove control characters (tabs, line breaks) from the name.";
        return null;
    }

    /// <summary>A name suggested from a file name: its stem with characters other than letters, digits, '_' and '-'
    /// replaced by '_'.</summary>
    public static string Suggest(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var chars = stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray();
        var name = new string(chars).Trim('_');
        if (name.Length == 0) name = "dataset";
        return name.Length > MaxLength ? name[..MaxLength] : name;
    }
}
