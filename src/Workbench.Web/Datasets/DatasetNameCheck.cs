using Workbench.Workspace;
using WorkspaceNames = Workbench.Workspace.Datasets.DatasetNames;

namespace Workbench.Web.Datasets;

/// <summary>The workspace's dataset-name rule as the form fields need it: a message instead of an exception, and a
/// valid name suggested from a file name.</summary>
public static class DatasetNameCheck
{
    private const int MaxLength = 63;

    /// <summary>The workspace's own message for an unusable name, or null when the workspace accepts it.</summary>
    public static string? Problem(string? name)
    {
        try
        {
            WorkspaceNames.Validate(name);
            return null;
        }
        catch (WorkspaceException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>A name the workspace accepts, made from a file name: its stem with characters other than letters,
    /// digits, '_' and '-' replaced by '_', prefixed with "data_" when it does not start with a letter or is reserved.</summary>
    public static string Suggest(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var name = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray()).Trim('_');
        if (name.Length == 0)
            return "dataset";
        if (!char.IsAsciiLetter(name[0]) || Problem(name) is not null)
            name = "data_" + name;
        if (name.Length > MaxLength)
            name = name[..MaxLength];
        return Problem(name) is null ? name : "dataset";
    }
}
