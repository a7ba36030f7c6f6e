using System.Globalization;
using Workbench.Ml.Training;

namespace Workbench.Web.Experiments;

/// <summary>Checks a typed hyperparameter value against its spec (type, range, choices).</summary>
public static class HyperParameterCheck
{
    /// <summary>A function that returns the problem with one parameter's value in <paramref name="values"/>, or null.</summary>
    public static Func<HyperParameterSpec, string?> Problem(IReadOnlyDictionary<string, string> values) =>
        spec => Problem(spec, values.TryGetValue(spec.Name, out var v) ? v : spec.Default);

    /// <summary>The problem with <paramref name="value"/> for <paramref name="spec"/>, or null when it is valid.</summary>
    public static string? Problem(HyperParameterSpec spec, string? value)
    {
        value = value?.Trim() ?? "";
        switch (spec.Kind)
        {
            case HyperParameterKind.Boolean:
                return value is "true" or "false" ? null : $"{spec.Name} must be true or false.";
            case HyperParameterKind.Choice:
                return spec.Choices?.Contains(value) == true ? null : $"{spec.Name} must be one of {string.Join(", ", spec.Choices ?? [])}.";
        }
        if (value == TrainerCatalog.Auto && spec.Default == TrainerCatalog.Auto)
            return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            return spec.Default == TrainerCatalog.Auto
                ? $"{spec.Name} must be a number (use a dot for decimals) or auto, not '{value}'."
                : $"{spec.Name} must be a number (use a dot for decimals), not '{value}'.";
        if (spec.Kind == HyperParameterKind.Integer && number != Math.Floor(number))
            return $"{spec.Name} must be a whole number, not {value}.";
        if (number < spec.Min || number > spec.Max)
            return $"{spec.Name} must be in {Range(spec)}, not {value}.";
        return null;
    }

    /// <summary>The valid range as text, e.g. "[1, 1000]" or "≥ 0".</summary>
    public static string Range(HyperParameterSpec spec) => (spec.Min, spec.Max) switch
    {
        ({ } lo, { } hi) => $"[{Num(lo)}, {Num(hi)}]",
        ({ } lo, null) => $"≥ {Num(lo)}",
        (null, { } hi) => $"≤ {Num(hi)}",
        _ => spec.Kind == HyperParameterKind.Choice ? string.Join(" | ", spec.Choices ?? []) : "any",
    };

    private static string Num(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
