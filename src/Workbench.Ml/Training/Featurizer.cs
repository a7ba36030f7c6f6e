using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Workbench.Ml.Training;

/// <summary>The ML.NET featurizer of a model: missing numbers replaced by the training mean, numeric columns
/// standardised for linear learners only, text one-hot encoded, all concatenated into Features.</summary>
/// <remarks>The Features vector itself is never normalised: that would drop the CategoricalSlotRanges annotation of the
/// one-hot slots and with it the categorical splits of tree learners (ML.NET's normalizers drop the categorical-slot annotation). Linear learners get each numeric
/// column standardised by NormalizeMeanVariance (centred, fixZero = false) before the concatenation; one-hot slots stay 0/1.</remarks>
internal static class Featurizer
{
    public static IEstimator<ITransformer> Create(MLContext ml, IReadOnlyList<FeatureColumn> features, bool standardize)
    {
        if (features.Count == 0) throw new TrainingException("There are no feature columns left to train on. Choose at least one feature.");
        var numeric = Pairs(features, text: false);
        var text = Pairs(features, text: true);
        IEstimator<ITransformer> chain = new EstimatorChain<ITransformer>();
        if (numeric.Length > 0)
        {
            chain = chain.Append(ml.Transforms.ReplaceMissingValues(numeric, MissingValueReplacingEstimator.ReplacementMode.Mean));
            if (standardize) chain = chain.Append(ml.Transforms.NormalizeMeanVariance(numeric, fixZero: false));
        }
        if (text.Length > 0)
            chain = chain.Append(ml.Transforms.Categorical.OneHotEncoding(text,
                keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue));
        var names = features.Select((_, i) => ModelMetadata.ViewName(i)).ToArray();
        return chain.Append(ml.Transforms.Concatenate("Features", names));
    }

    /// <summary>Slot names and the feature column of each slot, read from the fitted featurizer's output schema.</summary>
    public static (List<string> Slots, List<int> Columns) Slots(DataViewSchema schema, IReadOnlyList<FeatureColumn> features)
    {
        var slots = new List<string>();
        var columns = new List<int>();
        for (var i = 0; i < features.Count; i++)
        {
            var column = schema[ModelMetadata.ViewName(i)];
            if (!features[i].IsText) { slots.Add(features[i].Name); columns.Add(i); continue; }
            var names = default(VBuffer<ReadOnlyMemory<char>>);
            column.GetSlotNames(ref names);
            foreach (var category in names.DenseValues()) { slots.Add($"{features[i].Name}.{category}"); columns.Add(i); }
        }
        return (slots, columns);
    }

    private static InputOutputColumnPair[] Pairs(IReadOnlyList<FeatureColumn> features, bool text) =>
        features.Select((f, i) => (f, i)).Where(p => p.f.IsText == text)
            .Select(p => new InputOutputColumnPair(ModelMetadata.ViewName(p.i))).ToArray();
}
