using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Cli.Output;

/// <summary>JSON as the command line prints it: camelCase, indented, enums as camelCase strings, non-ASCII text as is
/// (the output is read by scripts and terminals, never embedded in HTML).</summary>
public static class CliJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Serializes a value.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

/// <summary>A column as printed: name, type name ("integer", "real", ...) and missing count.</summary>
public sealed record ColumnJson(string Name, string Type, long Missing);

/// <summary>A dataset as printed by import, list and builtin.</summary>
public sealed record DatasetJson(string Name, long Rows, IReadOnlyList<ColumnJson> Columns, string Source,
    string Fingerprint, DateTimeOffset Created, long Version)
{
    /// <summary>The printed form of a catalog entry.</summary>
    public static DatasetJson From(DatasetInfo info) => new(info.Name, info.Rows,
        info.Columns.Select(c => new ColumnJson(c.Name, c.Type.ToName(), c.Missing)).ToList(),
        info.Source, info.Fingerprint, info.Created, info.Version);
}
