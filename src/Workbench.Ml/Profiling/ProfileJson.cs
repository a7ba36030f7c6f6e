using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workbench.Ml.Profiling;

/// <summary>The JSON form of profiles, shared by the profile cache and the command line.</summary>
/// <remarks>Web defaults (camelCase), enums as camelCase strings ("real", as <c>ColumnTypes.ToName</c>), NaN and ±Infinity as the strings "NaN", "Infinity" and
/// "-Infinity" (undefined correlations and statistics), jagged arrays for matrices. Doubles are written with the
/// shortest text that reads back to the same bits, so a profile round-trips exactly.</remarks>
public static class ProfileJson
{
    /// <summary>The serializer options (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The profile as JSON text.</summary>
    public static string Serialize(DatasetProfile profile) => JsonSerializer.Serialize(profile, Options);

    /// <summary>A profile read from JSON text.</summary>
    /// <exception cref="JsonException">When the text is not a profile.</exception>
    public static DatasetProfile Deserialize(string json) =>
        JsonSerializer.Deserialize<DatasetProfile>(json, Options) ?? throw new JsonException("The JSON text holds no profile (it is 'null').");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
