using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Workspace.Pipelines;

/// <summary>What to preview: a pipeline fitted on (a sample of) a dataset, without its label column.</summary>
/// <param name="Label">A column to leave out (the target of later training), or null.</param>
/// <param name="MaxRows">Larger datasets are previewed on a seeded random sample of this many rows.</param>
public sealed record PreviewRequest(string Dataset, string? Label, PipelineSpec Spec, int MaxRows = PreviewRequest.Defaults.MaxRows,
    int Seed = PreviewRequest.Defaults.Seed)
{
    /// <summary>Defaults of a preview.</summary>
    public static class Defaults
    {
        /// <summary>Rows fitted at most, so a preview stays well under a second.</summary>
        public const int MaxRows = 20_000;

        /// <summary>Seed of the row sample.</summary>
        public const int Seed = 42;
    }
}

/// <summary>A preview: the input rows, and either the fitted pipeline and its output, or the error that stopped it.</summary>
/// <param name="Input">The rows fitted on (all rows, or the sample), without the label column.</param>
/// <param name="DatasetRows">Rows in the whole dataset.</param>
/// <param name="ErrorStep">Zero-based index of the step the error names, when it names one.</param>
public sealed record PipelinePreview(TabularData Input, long DatasetRows, FittedPipeline? Fitted, TabularData? Output,
    string? Error, int? ErrorStep, TimeSpan Elapsed)
{
    /// <summary>True when a sample, not the whole dataset, was fitted.</summary>
    public bool Sampled => Input.RowCount < DatasetRows;
}

/// <summary>Fits pipelines on workspace datasets for the builder's preview.</summary>
public interface IPipelinePreviewService
{
    /// <summary>Loads the dataset (or a seeded sample), fits the pipeline and transforms the same rows.</summary>
    /// <remarks>A pipeline that does not fit the data is a result with <see cref="PipelinePreview.Error"/>, not an
    /// exception; an unknown dataset or label throws <see cref="WorkspaceException"/>.</remarks>
    Task<PipelinePreview> PreviewAsync(PreviewRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
