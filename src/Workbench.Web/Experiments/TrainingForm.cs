using System.Globalization;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Web.Experiments;

/// <summary>The editable state of the training form, and its translation into a training job request.</summary>
public sealed class TrainingForm
{
    /// <summary>Default settings of a new form.</summary>
    public static class Defaults
    {
        /// <summary>Experiment name.</summary>
        public const string Experiment = "default";
        /// <summary>Cross-validation folds over the training rows (0 = none).</summary>
        public const int Folds = 5;
    }

    /// <summary>The dataset name.</summary>
    public string? Dataset { get; set; }
    /// <summary>The label column.</summary>
    public string? Label { get; set; }
    /// <summary>Why the chosen label cannot be learned (see <see cref="TaskInference"/>), or null.</summary>
    public string? LabelProblem { get; set; }
    /// <summary>The task.</summary>
    public TaskKind Task { get; set; } = TaskKind.Binary;
    /// <summary>The label value that counts as positive (binary), or null for the default rule.</summary>
    public string? PositiveClass { get; set; }
    /// <summary>The feature columns.</summary>
    public IReadOnlyCollection<string> Features { get; set; } = [];
    /// <summary>The trainer's name.</summary>
    public string? Trainer { get; set; }
    /// <summary>Hyperparameter values as typed (name → invariant text); missing ones take their defaults.</summary>
    public Dictionary<string, string> Hyperparameters { get; } = new(StringComparer.Ordinal);
    /// <summary>A pasted pipeline spec, or empty for none.</summary>
    public string PipelineJson { get; set; } = "";
    /// <summary>How rows are split.</summary>
    public SplitKind SplitKind { get; set; } = SplitKind.Stratified;
    /// <summary>Share of rows for test.</summary>
    public double TestFraction { get; set; } = 0.2;
    /// <summary>Share of rows for validation.</summary>
    public double ValidationFraction { get; set; }
    /// <summary>The column of a stratified, time or group split (null = label for stratified).</summary>
    public string? SplitColumn { get; set; }
    /// <summary>Cross-validation folds.</summary>
    public int Folds { get; set; } = Defaults.Folds;
    /// <summary>The seed.</summary>
    public int Seed { get; set; } = 1;
    /// <summary>The experiment name.</summary>
    public string Experiment { get; set; } = Defaults.Experiment;
    /// <summary>Optional run name.</summary>
    public string? RunName { get; set; }
    /// <summary>Tags as "key=value" pairs separated by commas.</summary>
    public string TagsText { get; set; } = "";

    /// <summary>Chooses a trainer and resets its hyperparameters to their defaults.</summary>
    public void SelectTrainer(TrainerDescriptor trainer)
    {
        Trainer = trainer.Name;
        Hyperparameters.Clear();
        foreach (var p in trainer.Parameters)
            Hyperparameters[p.Name] = p.Default;
    }

    /// <summary>What is wrong with the form, one message per problem (empty when it can be submitted).</summary>
    public IReadOnlyList<string> Problems(TrainerDescriptor? trainer)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(Dataset)) problems.Add("Choose a dataset.");
        if (string.IsNullOrEmpty(Label)) problems.Add("Choose the label column (what the model predicts).");
        if (Features.Count == 0) problems.Add("Choose at least one feature column.");
        if (trainer is null) problems.Add("Choose a trainer.");
        else problems.AddRange(HyperParameterRules.Check(trainer, Hyperparameters).Problems);
        if (LabelProblem is not null) problems.Add(LabelProblem);
        if (TrainingLimits.FractionsProblem(TestFraction, ValidationFraction) is { } fractions) problems.Add(fractions);
        if (SplitKind is SplitKind.Time or SplitKind.Group && string.IsNullOrEmpty(SplitColumn))
            problems.Add($"A {SplitKind.ToString().ToLowerInvariant()} split needs a column: choose it under Split.");
        if (TrainingLimits.FoldsProblem(Folds) is { } folds) problems.Add(folds);
        if (string.IsNullOrWhiteSpace(Experiment)) problems.Add("Name the experiment (runs are grouped by it).");
        if (TagProblem() is { } tag) problems.Add(tag);
        if (PipelineProblem() is { } pipeline) problems.Add(pipeline);
        return problems;
    }

    /// <summary>The pipeline spec pasted, or null; throws <see cref="PipelineException"/> when the JSON is not valid.</summary>
    public PipelineSpec? Pipeline() => string.IsNullOrWhiteSpace(PipelineJson) ? null : PipelineSpec.FromJson(PipelineJson);

    /// <summary>The tags typed, parsed.</summary>
    public IReadOnlyDictionary<string, string> Tags() => TagsText
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
        .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "", StringComparer.Ordinal);

    /// <summary>The job request for the training service.</summary>
    public TrainingJobRequest ToRequest()
    {
        var request = new TrainingRequest(Task, Label!, Features.ToList(), Trainer!, new Dictionary<string, string>(Hyperparameters),
            Pipeline(), Seed, Task == TaskKind.Binary ? PositiveClass : null);
        var column = string.IsNullOrEmpty(SplitColumn) ? null : SplitColumn;
        var split = new SplitOptions(SplitKind, TestFraction, ValidationFraction, Seed, column);
        return new TrainingJobRequest(Dataset!, request, split, Folds, Experiment.Trim(),
            string.IsNullOrWhiteSpace(RunName) ? null : RunName.Trim(), "web", null, Tags());
    }

    private string? TagProblem()
    {
        var bad = TagsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(p => p.Split('=', 2)[0].Trim().Length == 0);
        return bad is null ? null : $"Tag '{bad}' has no name: write tags as name=value, separated by commas.";
    }

    private string? PipelineProblem()
    {
        try { Pipeline(); return null; }
        catch (PipelineException ex) { return ex.Message; }
    }

    /// <summary>Formats a number the way hyperparameters are stored (invariant culture).</summary>
    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
