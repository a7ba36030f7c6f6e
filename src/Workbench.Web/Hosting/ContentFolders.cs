namespace Workbench.Web.Hosting;

/// <summary>Finds the top-level content folders (labs/, wwwroot-assets/) at run time: configured path, else the
/// repository's folder found by walking up from the content root, else the copy in the build output.</summary>
public static class ContentFolders
{
    /// <summary>The resolved folder path.</summary>
    /// <param name="configured">A path from configuration, used as is when set.</param>
    /// <param name="contentRoot">Where to start walking up, normally the web project's folder.</param>
    /// <param name="name">The folder's name, e.g. "labs".</param>
    public static string Resolve(string? configured, string contentRoot, string name)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
                return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, name);
    }
}
