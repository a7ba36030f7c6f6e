using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Workbench.Ml.Explain.MlNet;

/// <summary>Exports the trees of a fitted ML.NET FastTree, FastForest or LightGbm model as a <see cref="TreeEnsemble"/>:
/// binary, regression, and multiclass one class at a time (LightGbm multiclass and one-versus-all over tree learners).</summary>
public static class MlNetTreeExport
{
    /// <summary>The model's trees on its raw Score scale, with zero covers, over the given slots and players.</summary>
    /// <param name="predictionTransformer">The fitted prediction transformer (the last transformer of a chain).</param>
    /// <param name="slotNames">Names of the Features slots, in order.</param>
    /// <param name="slotPlayer">Index into <paramref name="players"/> of the original column of each slot.</param>
    /// <param name="players">Names of the original columns.</param>
    /// <param name="classIndex">Multiclass: the class whose raw score (before softmax or normalisation) the trees give.</param>
    public static TreeEnsemble FromTransformer(ITransformer predictionTransformer, IReadOnlyList<string> slotNames,
        IReadOnlyList<int> slotPlayer, IReadOnlyList<string> players, int classIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(predictionTransformer);
        var model = ModelOf(predictionTransformer);
        if (SubModels(model) is { } subModels)
        {
            // ML.NET splits LightGBM's interleaved trees (tree k belongs to class k % classes) into one sub-model per class.
            if (classIndex < 0 || classIndex >= subModels.Length)
                throw new ArgumentException($"Class index {classIndex} is outside 0..{subModels.Length - 1} for this {subModels.Length}-class model.");
            model = subModels[classIndex];
        }
        else if (classIndex != 0)
            throw new ArgumentException($"Class index {classIndex} was given but the model is not multiclass; use 0.");
        var inner = Uncalibrated(model);
        var ensemble = inner switch
        {
            TreeEnsembleModelParametersBasedOnRegressionTree r => MlNetTreeConverter.Convert(r.TrainedTreeEnsemble, slotNames, slotPlayer, players),
            // FastForest regression scores the mean of its trees, not their sum.
            FastForestRegressionModelParameters f => MlNetTreeConverter.Convert(f.TrainedTreeEnsemble, slotNames, slotPlayer, players,
                1.0 / Math.Max(1, f.TrainedTreeEnsemble.Trees.Count)),
            TreeEnsembleModelParametersBasedOnQuantileRegressionTree q => MlNetTreeConverter.Convert(q.TrainedTreeEnsemble, slotNames, slotPlayer, players),
            _ => throw new ArgumentException(
                $"The model '{inner.GetType().Name}' is not a tree ensemble; only FastTree, FastForest and LightGbm binary, regression and multiclass models can be exported."),
        };
        ensemble.Validate();
        return ensemble;
    }

    /// <summary>The number of per-class ensembles: the class count of a multiclass model, else 1.</summary>
    public static int ClassCount(ITransformer predictionTransformer) =>
        SubModels(ModelOf(predictionTransformer))?.Length ?? 1;

    // OneVersusAllModelParameters keeps its per-class models in a non-public SubModelParameters property.
    private static object[]? SubModels(object model)
    {
        if (model is not OneVersusAllModelParameters) return null;
        for (var type = model.GetType(); type is not null; type = type.BaseType)
        {
            var property = type.GetProperty("SubModelParameters", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (property?.GetValue(model) is System.Collections.IEnumerable models) return models.Cast<object>().ToArray();
        }
        throw new ArgumentException("The one-versus-all model does not expose its per-class models; it cannot be exported.");
    }

    private static object ModelOf(ITransformer transformer)
    {
        if (transformer is TransformerChain<ITransformer> chain) transformer = chain.LastTransformer;
        var property = transformer.GetType().GetProperty("Model", BindingFlags.Public | BindingFlags.Instance);
        return property?.GetValue(transformer) ?? throw new ArgumentException(
            $"'{transformer.GetType().Name}' is not a prediction transformer; pass the trainer's fitted transformer (the last one of the pipeline).");
    }

    // GetProperty("SubModel") on the runtime type is ambiguous: read it from CalibratedModelParametersBase<,> itself.
    private static object Uncalibrated(object model)
    {
        for (var type = model.GetType(); type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(CalibratedModelParametersBase<,>)) continue;
            var subModel = type.GetProperty("SubModel", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            return subModel?.GetValue(model) ?? throw new ArgumentException($"The calibrated model '{model.GetType().Name}' has no sub-model.");
        }
        return model;
    }
}
