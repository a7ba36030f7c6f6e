using System.Text.Json;
using System.Text.Json.Serialization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A versioned description of a feature pipeline: steps applied in order, each to a group of columns.</summary>
/// <remarks>Fitting learns every parameter from the training table alone (step by step, each on the output of the steps
/// before it), so the same spec fitted inside each cross-validation fold never sees the held-out rows.</remarks>
public sealed record PipelineSpec([property: JsonRequired] int Version, IReadOnlyList<PipelineStep> Steps)
{
    /// <summary>The format version written by this code.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>A spec of the current version.</summary>
    [JsonConstructor]
    public PipelineSpec(IReadOnlyList<PipelineStep> steps) : this(CurrentVersion, steps) { }

    /// <summary>The spec as JSON (snake_case names, steps tagged by "kind").</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a spec from JSON.</summary>
    /// <exception cref="PipelineException">The JSON is malformed or of an unknown version.</exception>
    public static PipelineSpec FromJson(string json)
    {
        PipelineSpec? spec;
        try { spec = JsonSerializer.Deserialize<PipelineSpec>(json, Json); }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new PipelineException($"The pipeline JSON cannot be read{where}: {e.Message}");
        }
        if (spec is null || spec.Steps is null) throw new PipelineException("The pipeline JSON has no \"steps\" list. Add \"steps\": [].");
        if (spec.Version is < 1 or > CurrentVersion)
            throw new PipelineException($"The pipeline has version {spec.Version}, but this workbench reads versions 1 to {CurrentVersion}.");
        if (spec.Steps.Any(s => s is null)) throw new PipelineException("The pipeline JSON has an empty step. Remove the null entry.");
        return spec;
    }

    /// <summary>Fits every step on <paramref name="train"/> only and returns the fitted pipeline.</summary>
    /// <exception cref="PipelineException">A step names a missing column, needs numbers on a text column, has a bad
    /// formula, or cannot learn from the table; the message names the step and the fix.</exception>
    public FittedPipeline Fit(TabularData train)
    {
        if (Version is < 1 or > CurrentVersion)
            throw new PipelineException($"The pipeline has version {Version}, but this workbench reads versions 1 to {CurrentVersion}.");
        var fitted = new List<FittedStep>(Steps.Count);
        var current = train;
        for (var i = 0; i < Steps.Count; i++)
        {
            var context = new StepContext(i, Steps[i].Kind);
            var step = Steps[i].Fit(current, context);
            fitted.Add(step);
            if (i < Steps.Count - 1) current = step.Apply(current, context);
        }
        return new FittedPipeline(this, fitted);
    }

    /// <summary>Checks the spec against a sample table (fitting on it): the first problem found, with its step.</summary>
    /// <returns>The messages; empty when every step fits the table.</returns>
    public IReadOnlyList<string> Validate(TabularData sample)
    {
        var problems = new List<string>();
        try { Fit(sample); }
        catch (PipelineException e) { problems.Add(e.Message); }
        return problems;
    }
}
