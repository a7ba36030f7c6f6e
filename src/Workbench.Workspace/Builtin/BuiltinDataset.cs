using Workbench.Ml.Data;

namespace Workbench.Workspace.Builtin;

/// <summary>A real dataset the workbench ships or fetches at build time, ready to install into a workspace.</summary>
/// <param name="Name">The dataset name in the workspace and on the command line (e.g. "penguins").</param>
/// <param name="Title">A short human title.</param>
/// <param name="Description">What the data is.</param>
/// <param name="Teaches">What the dataset is used for in the labs.</param>
/// <param name="Task">The learning task it is set up for (e.g. "multiclass: species").</param>
/// <param name="Rows">The number of rows installed.</param>
/// <param name="Licence">The licence of the data.</param>
/// <param name="Attribution">Source, version and citation.</param>
/// <param name="File">The data file's name in the built-in data folder.</param>
/// <param name="Format">The file's format.</param>
/// <param name="IsLarge">True for the big-data table, which the seeder leaves out.</param>
/// <param name="Fetched">True when the file is not committed but fetched from a registry at build time.</param>
/// <param name="Available">True when the file is present.</param>
/// <param name="UnavailableReason">Why the file is missing and how to get it; null when available.</param>
/// <param name="Generate">For a generated dataset (no file), the seeded generator that builds the table.</param>
public sealed record BuiltinDataset(string Name, string Title, string Description, string Teaches, string Task, long Rows,
    string Licence, string Attribution, string File, DataFormat Format, bool IsLarge, bool Fetched, bool Available = true,
    string? UnavailableReason = null, Func<TabularData>? Generate = null)
{
    /// <summary>The source recorded in the workspace catalog for an installed copy.</summary>
    public string Source => "builtin:" + Name;
}
