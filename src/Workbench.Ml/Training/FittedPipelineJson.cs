using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Pipelines.Formula;

namespace Workbench.Ml.Training;

/// <summary>Writes and reads a fitted pipeline (the spec and every step's learned parameters) as JSON, so a saved
/// model transforms new rows without its training data.</summary>
internal static class FittedPipelineJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, Type> Kinds = new[]
    {
        typeof(FittedImpute), typeof(FittedScale), typeof(FittedPower), typeof(FittedOneHot), typeof(FittedHash),
        typeof(FittedBin), typeof(FittedDrop), typeof(FormulaStep),
    }.ToDictionary(t => t.Name);

    public static string Write(FittedPipeline pipeline)
    {
        var steps = new JsonArray();
        foreach (var step in pipeline.Steps)
        {
            object state = step is FittedFormula formula ? formula.Derive : step;
            var kind = state.GetType().Name;
            if (!Kinds.ContainsKey(kind)) throw new TrainingException($"A fitted pipeline step of kind {kind} cannot be saved.");
            steps.Add(new JsonObject { ["kind"] = kind, ["state"] = JsonSerializer.SerializeToNode(state, state.GetType(), Json) });
        }
        return new JsonObject { ["spec"] = JsonNode.Parse(pipeline.Spec.ToJson()), ["steps"] = steps }.ToJsonString();
    }

    public static FittedPipeline Read(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var spec = PipelineSpec.FromJson(root["spec"]!.ToJsonString());
        var steps = new List<FittedStep>();
        foreach (var node in root["steps"]!.AsArray())
        {
            var kind = node!["kind"]!.GetValue<string>();
            var type = Kinds.GetValueOrDefault(kind) ?? throw new TrainingException($"The saved pipeline has an unknown step kind '{kind}'.");
            var state = node["state"]!.Deserialize(type, Json) ?? throw new TrainingException($"The saved pipeline step '{kind}' is empty.");
            if (state is FormulaStep derive)
            {
                var expression = FormulaParser.Parse(derive.Formula);
                state = new FittedFormula(derive, expression, expression.Columns());
            }
            steps.Add((FittedStep)state);
        }
        return new FittedPipeline(spec, steps);
    }
}
