using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Training;

/// <summary>The JSON of a training run's artifacts: evaluation and cross-validation (System.Text.Json, camelCase,
/// enums as names, NaN and infinities as "NaN"/"Infinity"), the input schema and the input example.</summary>
public static class RunArtifactJson
{
    /// <summary>The media type of every JSON artifact.</summary>
    public const string MediaType = "application/json";

    /// <summary>The options the artifacts are written and read with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>Serialises a value as UTF-8 JSON.</summary>
    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Reads a value written by <see cref="Write{T}"/>.</summary>
    /// <exception cref="WorkspaceException">The bytes are not such JSON.</exception>
    public static T Read<T>(byte[] json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The document is null.");
        }
        catch (JsonException e)
        {
            throw new WorkspaceException($"The stored {what} cannot be read ({e.Message}); the run's artifact is damaged.");
        }
    }

    /// <summary>The model's input columns: <c>[{"name": "Age", "type": "integer"}, ...]</c>.</summary>
    public static byte[] InputSchema(IReadOnlyList<ModelInputColumn> columns) =>
        Write(columns.Select(c => new { name = c.Name, type = c.Type.ToName() }).ToList());

    /// <summary>Rows as JSON records over the given columns: numbers as numbers, booleans as true/false, dates as ISO
    /// text, missing values as null.</summary>
    public static byte[] Records(TabularData data, IReadOnlyList<string> columns, IReadOnlyList<int> rows)
    {
        var records = new JsonArray();
        foreach (var row in rows)
        {
            var record = new JsonObject();
            foreach (var name in columns) record[name] = Value(data[name], row);
            records.Add(record);
        }
        return JsonSerializer.SerializeToUtf8Bytes(records, Options);
    }

    private static JsonNode? Value(DataColumn column, int row)
    {
        if (column.IsMissing(row)) return null;
        return column.Type switch
        {
            ColumnType.Integer or ColumnType.Real => JsonValue.Create(column.Numbers![row]),
            ColumnType.Boolean => JsonValue.Create(column.Numbers![row] != 0),
            _ => JsonValue.Create(column.Format(row)),
        };
    }
}
