namespace Workbench.Workspace.Builtin;

/// <summary>The built-in datasets and whether each one's file is present in the data folder.</summary>
public sealed class BuiltinCatalog
{
    /// <summary>Where built-in data files are copied in the build output.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Builtin", "Data");

    /// <summary>The catalog over the build output's data folder.</summary>
    public static BuiltinCatalog Default { get; } = new(DefaultFolder);

    /// <summary>Creates a catalog over a folder holding the data files.</summary>
    public BuiltinCatalog(string folder)
    {
        Folder = folder;
        All = BuiltinDefinitions.All.Select(WithAvailability).ToList();
    }

    /// <summary>The folder holding the data files.</summary>
    public string Folder { get; }

    /// <summary>Every built-in, available or not, in a fixed order.</summary>
    public IReadOnlyList<BuiltinDataset> All { get; }

    /// <summary>The built-in of that name (case-insensitive), or null.</summary>
    public BuiltinDataset? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The full path of a built-in's data file.</summary>
    public string PathOf(BuiltinDataset dataset) => Path.Combine(Folder, dataset.File);

    private BuiltinDataset WithAvailability(BuiltinDataset dataset)
    {
        if (dataset.Generate is not null || File.Exists(PathOf(dataset))) return dataset;
        var fetchError = Path.Combine(Folder, "fetch-error.txt");
        var why = File.Exists(fetchError) ? File.ReadAllText(fetchError).Trim() : null;
        var reason = !dataset.Fetched
            ? $"{dataset.File} is missing from {Folder}; rebuild the workbench to restore it"
            : why is not null
                ? $"{dataset.File} was not fetched from the npm registry when the workbench was built: {why}"
                : $"{dataset.File} was not fetched from the npm registry when the workbench was built; build again with npm and registry access";
        return dataset with { Available = false, UnavailableReason = reason };
    }
}
