using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;

namespace Workbench.Ml.Training;

/// <summary>Saves a trained model as one zip (metadata JSON, fitted pipeline JSON, the ML.NET featurizer and predictor,
/// the tree ensembles with covers or the linear weights) and loads it back without the training data.</summary>
public static class TrainedModelFile
{
    private const string MetadataEntry = "metadata.json", PipelineEntry = "pipeline.json", FeaturizerEntry = "featurizer.zip",
        PredictorEntry = "predictor.zip", TreesEntry = "trees.json", LinearEntry = "linear.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Restores a model saved by <see cref="TrainedModel.Save"/>; its predictions equal the original's.</summary>
    /// <exception cref="TrainingException">The bytes are not a saved model or are damaged.</exception>
    public static TrainedModel Load(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var meta = JsonSerializer.Deserialize<ModelMetadata>(Text(zip, MetadataEntry)!, Json)
                ?? throw new TrainingException("The model file has empty metadata.");
            if (meta.FormatVersion is < 1 or > ModelMetadata.CurrentFormat)
                throw new TrainingException($"The model file has format {meta.FormatVersion}; this workbench reads formats 1 to {ModelMetadata.CurrentFormat}.");
            var pipeline = Text(zip, PipelineEntry) is { } p ? FittedPipelineJson.Read(p) : null;
            var ml = new MLContext(meta.Seed);
            var featurizer = Transformer(ml, zip, FeaturizerEntry)!;
            var predictor = Transformer(ml, zip, PredictorEntry);
            var trees = Text(zip, TreesEntry) is { } t ? JsonSerializer.Deserialize<List<TreeEnsemble>>(t, Json) : null;
            var linear = Text(zip, LinearEntry) is { } l ? JsonSerializer.Deserialize<List<LinearModelWeights>>(l, Json) : null;
            return new MlNetModel(meta, pipeline, ml, featurizer, predictor, trees, linear);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or InvalidOperationException
                                      or FormatException or KeyNotFoundException or NullReferenceException or Pipelines.PipelineException)
        {
            throw new TrainingException($"The bytes are not a readable workbench model: {e.Message}", e);
        }
    }

    /// <summary>The zip bytes of a model.</summary>
    internal static byte[] Write(MlNetModel model)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Put(zip, MetadataEntry, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(model.Metadata, Json)));
            if (model.Pipeline is { } pipeline) Put(zip, PipelineEntry, Encoding.UTF8.GetBytes(FittedPipelineJson.Write(pipeline)));
            var inputSchema = EmptyView(model.Metadata).Schema;
            // A context of its own: the file may be written on another thread while the model scores rows.
            var ml = new MLContext(model.Metadata.Seed);
            Put(zip, FeaturizerEntry, Saved(ml, model.Featurizer, inputSchema));
            if (model.Predictor is { } predictor)
                Put(zip, PredictorEntry, Saved(ml, predictor, model.Featurizer.GetOutputSchema(inputSchema)));
            if (model.TreeEnsembles is { } trees) Put(zip, TreesEntry, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(trees, Json)));
            if (model.LinearWeights is { } linear) Put(zip, LinearEntry, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(linear, Json)));
        }
        return output.ToArray();
    }

    private static ColumnarDataView EmptyView(ModelMetadata meta) =>
        new(meta.Features.Select((f, i) => f.IsText
            ? new ViewColumn(ModelMetadata.ViewName(i), Texts: [])
            : new ViewColumn(ModelMetadata.ViewName(i), Floats: [])).ToList(), 0);

    private static byte[] Saved(MLContext ml, ITransformer transformer, DataViewSchema schema)
    {
        using var stream = new MemoryStream();
        ml.Model.Save(transformer, schema, stream);
        return stream.ToArray();
    }

    private static ITransformer? Transformer(MLContext ml, ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry) return null;
        using var stream = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(stream);
        stream.Position = 0;
        return ml.Model.Load(stream, out _);
    }

    private static string? Text(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry) return null;
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Put(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(content);
    }
}
