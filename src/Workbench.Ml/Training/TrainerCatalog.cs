namespace Workbench.Ml.Training;

/// <summary>The trainers the workbench can run (the ML.NET learners that work on this platform plus constant
/// baselines), with their tasks and editable hyperparameters.</summary>
public static partial class TrainerCatalog
{
    /// <summary>The text a hyperparameter takes to let ML.NET choose the value from the data.</summary>
    public const string Auto = "auto";

    /// <summary>Every trainer.</summary>
    public static IReadOnlyList<TrainerDescriptor> All { get; } = Descriptors();

    /// <summary>The trainer of that name (case-insensitive).</summary>
    /// <exception cref="TrainingException">No trainer has that name; the message lists the valid names.</exception>
    public static TrainerDescriptor Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new TrainingException($"There is no trainer '{name}'. Valid trainers: {string.Join(", ", All.Select(d => d.Name))}.");

    /// <summary>The trainers that support a task, baselines first.</summary>
    public static IReadOnlyList<TrainerDescriptor> For(TaskKind task) => All.Where(d => d.Tasks.Contains(task)).ToList();

    /// <summary>Every hyperparameter of the trainer with its value: the given ones checked and normalised, the others
    /// at their defaults.</summary>
    /// <exception cref="TrainingException">A name is unknown, or a value has the wrong type or lies outside its range.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(TrainerDescriptor trainer, IReadOnlyDictionary<string, string>? values)
    {
        var verdict = HyperParameterRules.Check(trainer, values);
        return verdict.Problems.Count == 0 ? verdict.Values : throw new TrainingException(string.Join(" ", verdict.Problems));
    }
}
