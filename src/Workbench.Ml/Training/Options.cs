using System.Globalization;
using System.Reflection;

namespace Workbench.Ml.Training;

/// <summary>Sets ML.NET trainer options by name (they are public fields or properties spread over generic base
/// classes), converting each value to the member's type.</summary>
internal static class Options
{
    public static T Set<T>(T options, params (string Name, object? Value)[] values) where T : class
    {
        foreach (var (name, value) in values)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
            var field = options.GetType().GetField(name, flags);
            var property = field is null ? options.GetType().GetProperty(name, flags) : null;
            var type = field?.FieldType ?? property?.PropertyType
                ?? throw new InvalidOperationException($"{options.GetType().Name} has no option {name}.");
            var converted = Convert(value, type);
            if (field is not null) field.SetValue(options, converted);
            else property!.SetValue(options, converted);
        }
        return options;
    }

    private static object? Convert(object? value, Type type)
    {
        if (value is null) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
