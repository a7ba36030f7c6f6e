using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Explain;

/// <summary>A finished run made ready to explain: its model, its dataset as it was when trained, and its split.</summary>
internal sealed record ExplainedRun(string RunId, string Dataset, string Fingerprint, TrainedModel Model, TabularData Data,
    DataSplit Split)
{
    /// <summary>The dataset rows of a split.</summary>
    public int[] RowsOf(ExplainSplit split) => split == ExplainSplit.Train ? Split.Train : Split.Test;

    /// <summary>The given rows with the model's input columns (and the label when <paramref name="withLabel"/>).</summary>
    public TabularData Table(int[] rows, bool withLabel = false)
    {
        var names = Model.InputSchema.Select(c => c.Name).ToList();
        if (withLabel && !names.Contains(Model.Label)) names.Add(Model.Label);
        var columns = names.Select(n => Data.Columns.FirstOrDefault(c => c.Name == n) ?? throw new WorkspaceException(
            $"The dataset '{Dataset}' has no column '{n}', which run '{RunId}' needs.")).ToArray();
        return TableRows.Take(new TabularData(Data.Name, columns), rows);
    }
}
