using System.Globalization;

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
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            var spec = trainer.Parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new TrainingException(trainer.Parameters.Count == 0
                    ? $"The trainer {trainer.Name} has no hyperparameters, but '{key}' was given."
                    : $"The trainer {trainer.Name} has no hyperparameter '{key}'. Its hyperparameters: {string.Join(", ", trainer.Parameters.Select(p => p.Name))}.");
            given[spec.Name] = Check(trainer, spec, value);
        }
        return trainer.Parameters.ToDictionary(p => p.Name, p => given.GetValueOrDefault(p.Name, p.Default), StringComparer.Ordinal);
    }

    private static string Check(TrainerDescriptor trainer, HyperParameterSpec spec, string? raw)
    {
        var text = raw?.Trim() ?? "";
        var where = $"Hyperparameter {spec.Name} of {trainer.Name}";
        if (spec.Default == Auto && string.Equals(text, Auto, StringComparison.OrdinalIgnoreCase)) return Auto;
        switch (spec.Kind)
        {
            case HyperParameterKind.Boolean:
                return bool.TryParse(text, out var b) ? (b ? "true" : "false")
                    : throw new TrainingException($"{where} is '{text}'; give true or false.");
            case HyperParameterKind.Choice:
                return spec.Choices!.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                    ?? throw new TrainingException($"{where} is '{text}'; choose one of {string.Join(", ", spec.Choices!)}.");
        }
        var integer = spec.Kind == HyperParameterKind.Integer;
        var range = $"{Format(spec.Min)} to {Format(spec.Max)}" + (spec.Default == Auto ? $" (or {Auto})" : "");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x)
            || (integer && x != Math.Floor(x)))
            throw new TrainingException($"{where} is '{text}'; give {(integer ? "a whole number" : "a number")} from {range}.");
        if ((spec.Min is { } min && x < min) || (spec.Max is { } max && x > max))
            throw new TrainingException($"{where} is {text}, outside its valid range {range}.");
        return x.ToString(integer ? "0" : "R", CultureInfo.InvariantCulture);
    }

    private static string Format(double? bound) =>
        bound is { } b ? b.ToString("G", CultureInfo.InvariantCulture) : "any";
}
