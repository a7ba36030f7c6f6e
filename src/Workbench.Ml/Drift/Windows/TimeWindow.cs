using System.Globalization;
using System.Text.Json.Serialization;

namespace Workbench.Ml.Drift.Windows;

/// <summary>A span of days of a date column, both ends included, with the label shown on charts and tables.</summary>
/// <param name="Label">Short name, e.g. "2019", "2020-03" or "2019-03-01…2020-02-29".</param>
/// <param name="From">First day in the window.</param>
/// <param name="To">Last day in the window (the whole day).</param>
public sealed record TimeWindow(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("from")] DateOnly From,
    [property: JsonPropertyName("to")] DateOnly To)
{
    /// <summary>The days in words, e.g. "2019-03-01 to 2020-02-29".</summary>
    public string Describe() => $"{Day(From)} to {Day(To)}";

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>How successive windows are paired for a comparison.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WindowMode>))]
public enum WindowMode
{
    /// <summary>Each window against the one before it.</summary>
    [JsonStringEnumMemberName("consecutive")] Consecutive,

    /// <summary>Each window against one fixed reference window.</summary>
    [JsonStringEnumMemberName("fixed")] FixedReference,
}
