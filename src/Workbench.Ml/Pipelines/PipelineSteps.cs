using Workbench.Ml.Data;
using System.Text.Json.Serialization;

namespace Workbench.Ml.Pipelines;

/// <summary>One step of a feature pipeline; fitted on a training table by <see cref="PipelineSpec.Fit"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ImputeStep), "impute")]
[JsonDerivedType(typeof(ScaleStep), "scale")]
[JsonDerivedType(typeof(PowerStep), "power")]
[JsonDerivedType(typeof(OneHotStep), "one_hot")]
[JsonDerivedType(typeof(HashStep), "hash")]
[JsonDerivedType(typeof(BinStep), "bin")]
[JsonDerivedType(typeof(FormulaStep), "formula")]
[JsonDerivedType(typeof(DropStep), "drop")]
public abstract record PipelineStep
{
    /// <summary>The short name of the step kind, as in JSON ("impute", "scale", ...).</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Fits the step on <paramref name="table"/> (the output of the steps before it) and nothing else.</summary>
    internal abstract FittedStep Fit(TabularData table, StepContext context);
}

/// <summary>Fills missing values, as scikit-learn's SimpleImputer, optionally adding a 0/1 missing indicator column
/// named <c>missingindicator_&lt;col&gt;</c> for each column that had missing values in the training table.</summary>
public sealed record ImputeStep(IReadOnlyList<string> Columns, ImputeStrategy Strategy, bool AddIndicator = false,
    double? FillNumber = null, string? FillText = null) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "impute";

    internal override FittedStep Fit(TabularData table, StepContext context) => Imputation.Fit(this, table, context);
}

/// <summary>Scales numeric columns, as StandardScaler, MinMaxScaler or RobustScaler.</summary>
public sealed record ScaleStep(IReadOnlyList<string> Columns, ScaleMethod Method) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "scale";

    internal override FittedStep Fit(TabularData table, StepContext context) => Scaling.Fit(this, table, context);
}

/// <summary>A power transform of numeric columns: Yeo-Johnson (standardised, as PowerTransformer) or log1p.</summary>
public sealed record PowerStep(IReadOnlyList<string> Columns, PowerMethod Method) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "power";

    internal override FittedStep Fit(TabularData table, StepContext context) => PowerTransform.Fit(this, table, context);
}

/// <summary>Replaces each column by one 0/1 column per category seen in training, named <c>&lt;col&gt;_&lt;category&gt;</c>;
/// unseen categories give all zeros (OneHotEncoder with handle_unknown="ignore").</summary>
public sealed record OneHotStep(IReadOnlyList<string> Columns, bool DropIfBinary = true) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "one_hot";

    internal override FittedStep Fit(TabularData table, StepContext context) => OneHot.Fit(this, table, context);
}

/// <summary>Replaces the columns by <see cref="Features"/> hashed columns <c>&lt;Prefix&gt;_0 …</c>, as scikit-learn's
/// FeatureHasher on dict rows (see <see cref="Hashing"/>).</summary>
public sealed record HashStep(IReadOnlyList<string> Columns, int Features, bool AlternateSign = true, string Prefix = "hash") : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "hash";

    internal override FittedStep Fit(TabularData table, StepContext context) => Hashing.Fit(this, table, context);
}

/// <summary>Replaces numeric values by their bin number 0 … n-1, as KBinsDiscretizer with encode="ordinal".</summary>
public sealed record BinStep(IReadOnlyList<string> Columns, BinStrategy Strategy, int Bins) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "bin";

    internal override FittedStep Fit(TabularData table, StepContext context) => Binning.Fit(this, table, context);
}

/// <summary>Adds a Real column <see cref="Name"/> computed by <see cref="Formula"/> (see <see cref="Formula.FormulaParser"/>).</summary>
public sealed record FormulaStep(string Name, string Formula) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "formula";

    internal override FittedStep Fit(TabularData table, StepContext context) => FittedFormula.Create(this, table, context);
}

/// <summary>Removes columns.</summary>
public sealed record DropStep(IReadOnlyList<string> Columns) : PipelineStep
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override string Kind => "drop";

    internal override FittedStep Fit(TabularData table, StepContext context)
    {
        foreach (var c in Columns) context.Require(table, c);
        return new FittedDrop(this);
    }
}
