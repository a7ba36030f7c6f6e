using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.MlNet;

namespace Workbench.Ml.Training;

/// <summary>Reads the explainable structure out of a fitted ML.NET predictor: the tree ensembles (with covers from the
/// training rows) or the linear weights (with slot means over the training rows).</summary>
internal static class ModelInternals
{
    public static IReadOnlyList<TreeEnsemble>? Trees(ITransformer predictor, TaskKind task, ModelMetadata meta, double[][] trainRows)
    {
        if (meta.Family != TrainerFamily.Tree) return null;
        var classes = task == TaskKind.Multiclass ? MlNetTreeExport.ClassCount(predictor) : 1;
        return Enumerable.Range(0, classes).Select(k => CoverCalculator.WithCovers(
            MlNetTreeExport.FromTransformer(predictor, meta.Slots, meta.SlotPlayers, meta.Players, k), trainRows)).ToList();
    }

    public static IReadOnlyList<LinearModelWeights>? Linear(ITransformer predictor, ModelMetadata meta, double[][] trainRows)
    {
        if (meta.Family != TrainerFamily.Linear) return null;
        var means = Enumerable.Range(0, meta.Slots.Count).Select(s => trainRows.Length == 0 ? 0 : trainRows.Average(r => r[s])).ToArray();
        var columns = meta.SlotPlayers.Select(p => meta.Players[p]).ToArray();
        LinearModelWeights Weights(double bias, IEnumerable<float> w) => new(bias, w.Select(x => (double)x).ToArray(), meta.Slots, columns, means);
        switch (Uncalibrated(ModelOf(predictor)))
        {
            case LinearModelParameters single:
                return [Weights(single.Bias, single.Weights)];
            case LinearMulticlassModelParametersBase multi:
                VBuffer<float>[] weights = [];
                multi.GetWeights(ref weights, out var classes);
                var biases = multi.GetBiases().ToArray();
                return Enumerable.Range(0, classes).Select(k => Weights(biases[k], weights[k].DenseValues())).ToList();
            default:
                return null;
        }
    }

    private static object ModelOf(ITransformer transformer)
    {
        if (transformer is TransformerChain<ITransformer> chain) transformer = chain.First();
        return transformer.GetType().GetProperty("Model", BindingFlags.Public | BindingFlags.Instance)?.GetValue(transformer)
            ?? throw new InvalidOperationException($"'{transformer.GetType().Name}' is not a prediction transformer.");
    }

    private static object Uncalibrated(object model)
    {
        for (var type = model.GetType(); type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CalibratedModelParametersBase<,>))
                return type.GetProperty("SubModel", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)!.GetValue(model)!;
        return model;
    }
}
