using System.Globalization;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Explain;

/// <summary>Loads a finished run's model, dataset and split, refusing clearly when any of them cannot be had; keeps the
/// last few runs in memory so repeated explanations of one run do not reload its model and data.</summary>
internal sealed class ExplainedRunLoader(IDatasetStore datasets, ITrackingStore tracking, ITrainingService training)
{
    private const int Kept = 3;
    private readonly Lock _gate = new();
    private readonly LinkedList<ExplainedRun> _recent = new();

    /// <summary>The run's header, checked to be finished with a dataset.</summary>
    public async Task<RunInfo> RequireFinishedAsync(string runId, CancellationToken ct)
    {
        var run = await tracking.GetRunAsync(runId, ct) ?? throw new WorkspaceException(
            $"There is no run '{runId}'. Pick a finished run from the list, or train one first.");
        if (run.Status != RunStatus.Finished)
            throw new WorkspaceException($"Run '{runId}' is {run.Status}; only a finished run has a model to explain. " +
                (run.Status == RunStatus.Running ? "Wait for it to finish, or pick another run." : "Pick a finished run, or train again."));
        if (run.Dataset is null || run.DatasetFingerprint is null)
            throw new WorkspaceException($"Run '{runId}' did not record the dataset it trained on, so its rows cannot be reproduced.");
        return run;
    }

    /// <summary>The run's model, dataset and split (the same rows the run trained and was tested on).</summary>
    public async Task<ExplainedRun> LoadAsync(string runId, IProgress<double>? progress, CancellationToken ct)
    {
        var run = await RequireFinishedAsync(runId, ct);
        var info = await datasets.GetAsync(run.Dataset!, ct) ?? throw new WorkspaceException(
            $"The dataset '{run.Dataset}' that run '{runId}' trained on has been deleted, so its rows cannot be reproduced. " +
            "Import it again under the same name (the same content), or train a new run.");
        if (info.Fingerprint != run.DatasetFingerprint)
            throw new WorkspaceException(
                $"The dataset '{info.Name}' has changed since run '{runId}' trained on it (fingerprint {Short(run.DatasetFingerprint!)} then, " +
                $"{Short(info.Fingerprint)} now), so the run's test rows cannot be reproduced. Train a new run on the current data.");
        lock (_gate)
            if (_recent.FirstOrDefault(r => r.RunId == runId && r.Fingerprint == info.Fingerprint) is { } kept)
                return kept;
        TrainedModel model;
        try { model = await training.LoadModelAsync(runId, ct); }
        catch (TrainingException e) { throw new WorkspaceException($"The model of run '{runId}' cannot be read: {e.Message}"); }
        progress?.Report(0.3);
        var data = await datasets.LoadAsync(info.Name, null, null, ct);
        progress?.Report(0.8);
        var parameters = (await tracking.GetRunDetailAsync(runId, ct))!.Parameters;
        var split = Split(runId, data, model.Label, parameters);
        var loaded = new ExplainedRun(runId, info.Name, info.Fingerprint, model, data, split);
        lock (_gate)
        {
            _recent.AddFirst(loaded);
            while (_recent.Count > Kept) _recent.RemoveLast();
        }
        progress?.Report(1);
        return loaded;
    }

    /// <summary>Forgets a cached run (its model or data may have changed).</summary>
    public void Forget(string runId)
    {
        lock (_gate)
            foreach (var r in _recent.Where(r => r.RunId == runId).ToList()) _recent.Remove(r);
    }

    private static DataSplit Split(string runId, Ml.Data.TabularData data, string label, IReadOnlyDictionary<string, string> p)
    {
        string Need(string key) => p.TryGetValue(key, out var v) ? v : throw new WorkspaceException(
            $"Run '{runId}' has no recorded '{key}' parameter, so its split cannot be reproduced; train it again.");
        var options = new SplitOptions(Enum.Parse<SplitKind>(Need(RunParameters.SplitKind)),
            double.Parse(Need(RunParameters.TestFraction), CultureInfo.InvariantCulture),
            double.Parse(Need(RunParameters.ValidationFraction), CultureInfo.InvariantCulture),
            int.Parse(Need(RunParameters.SplitSeed), CultureInfo.InvariantCulture),
            p.GetValueOrDefault(RunParameters.SplitColumn));
        DataSplit split;
        try { split = DataSplitter.Split(data, label, options); }
        catch (TrainingException e) { throw new WorkspaceException($"Run '{runId}''s split cannot be reproduced: {e.Message}"); }
        if (p.TryGetValue(RunParameters.TestRows, out var recorded) && recorded != split.Test.Length.ToString(CultureInfo.InvariantCulture))
            throw new WorkspaceException($"Run '{runId}' recorded {recorded} test rows, but splitting its dataset again gives " +
                $"{split.Test.Length}; the split cannot be reproduced.");
        return split;
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;
}
