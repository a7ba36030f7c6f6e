using System.Globalization;

namespace Workbench.Ml.Training;

/// <summary>Hyperparameter values checked against a trainer's catalog entry.</summary>
/// <param name="Values">Every hyperparameter of the trainer: the valid given ones normalised (booleans as
/// <c>true</c>/<c>false</c>, choices spelled as the catalog spells them, numbers in invariant culture), the rest at
/// their defaults.</param>
/// <param name="Problems">One message per problem, each naming the hyperparameter; empty when every value is valid.</param>
public sealed record HyperParameterVerdict(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Problems);

/// <summary>The one rule for hyperparameter values, used by the training page, <c>workbench train</c>, the training
/// service and tuning search spaces: names and values are case-insensitive (booleans, choices and
/// <see cref="TrainerCatalog.Auto"/>), integers must be whole, numbers use a dot for decimals, and every number lies in
/// the range of the trainer's catalog entry. It never throws for bad input; it returns the problems in words.</summary>
public static class HyperParameterRules
{
    /// <summary>Checks every given value of <paramref name="trainer"/>; unknown names are named with the closest known ones.</summary>
    public static HyperParameterVerdict Check(TrainerDescriptor trainer, IReadOnlyDictionary<string, string>? values)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            var spec = trainer.Parameters.FirstOrDefault(p => string.Equals(p.Name, key.Trim(), StringComparison.OrdinalIgnoreCase));
            if (spec is null) { problems.Add(UnknownName(trainer, key)); continue; }
            var (normal, problem) = Normalise(spec, value, trainer.Name);
            if (problem is not null) problems.Add(problem);
            else given[spec.Name] = normal!;
        }
        var all = trainer.Parameters.ToDictionary(p => p.Name, p => given.GetValueOrDefault(p.Name, p.Default), StringComparer.Ordinal);
        return new HyperParameterVerdict(all, problems);
    }

    /// <summary>The problem with <paramref name="value"/> for <paramref name="spec"/>, or null when it is valid.</summary>
    public static string? Problem(HyperParameterSpec spec, string? value) => Normalise(spec, value).Problem;

    /// <summary>The value as stored (normalised), or the problem with it; exactly one of the two is null.</summary>
    /// <param name="spec">The hyperparameter's catalog entry.</param>
    /// <param name="raw">The value as typed.</param>
    /// <param name="trainer">The trainer's name, said in the problem when given.</param>
    public static (string? Value, string? Problem) Normalise(HyperParameterSpec spec, string? raw, string? trainer = null)
    {
        var text = raw?.Trim() ?? "";
        var where = trainer is null ? $"Hyperparameter {spec.Name}" : $"Hyperparameter {spec.Name} of {trainer}";
        if (spec.Default == TrainerCatalog.Auto && string.Equals(text, TrainerCatalog.Auto, StringComparison.OrdinalIgnoreCase))
            return (TrainerCatalog.Auto, null);
        switch (spec.Kind)
        {
            case HyperParameterKind.Boolean:
                return bool.TryParse(text, out var b) ? (b ? "true" : "false", null) : (null, $"{where} is '{text}'; give true or false.");
            case HyperParameterKind.Choice:
                var choice = spec.Choices?.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                return choice is not null ? (choice, null)
                    : (null, $"{where} is '{text}'; choose one of {string.Join(", ", spec.Choices ?? [])}.");
        }
        var integer = spec.Kind == HyperParameterKind.Integer;
        var range = Range(spec) + (spec.Default == TrainerCatalog.Auto ? $" (or {TrainerCatalog.Auto})" : "");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x)
            || (integer && x != Math.Floor(x)))
            return (null, $"{where} is '{text}'; give {(integer ? "a whole number" : "a number (use a dot for decimals)")} from {range}.");
        if ((spec.Min is { } min && x < min) || (spec.Max is { } max && x > max))
            return (null, $"{where} is {text}, outside its valid range {range}.");
        return (x.ToString(integer ? "0" : "R", CultureInfo.InvariantCulture), null);
    }

    /// <summary>The valid range of a number as text, e.g. "2 to 1000", "0 to any".</summary>
    public static string Range(HyperParameterSpec spec) => spec.Kind switch
    {
        HyperParameterKind.Boolean => "true or false",
        HyperParameterKind.Choice => string.Join(" | ", spec.Choices ?? []),
        _ => $"{Bound(spec.Min)} to {Bound(spec.Max)}",
    };

    private static string UnknownName(TrainerDescriptor trainer, string key)
    {
        if (trainer.Parameters.Count == 0)
            return $"Hyperparameter {key}: the trainer {trainer.Name} has no hyperparameter '{key}'; it has none.";
        var closest = trainer.Parameters.Select(p => (p.Name, Distance: Distance(p.Name.ToLowerInvariant(), key.Trim().ToLowerInvariant())))
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).Take(3).Select(p => p.Name);
        return $"Hyperparameter {key}: the trainer {trainer.Name} has no hyperparameter '{key}'; the closest are " +
            $"{string.Join(", ", closest)}. Its hyperparameters: {string.Join(", ", trainer.Parameters.Select(p => p.Name))}.";
    }

    /// <summary>Levenshtein distance: the fewest single-character edits from one text to the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static string Bound(double? bound) => bound is { } b ? b.ToString("G", CultureInfo.InvariantCulture) : "any";
}
