using System.Globalization;

namespace Workbench.Workspace.Tracking;

/// <summary>Times in the tracking tables: UTC ISO-8601 with a fixed width, so text order is time order.</summary>
internal static class TrackingTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Now() => ToText(DateTime.UtcNow);

    public static string ToText(DateTime utc) => utc.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime Parse(string text) =>
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
