namespace Workbench.Ml.Training;

/// <summary>Reports a part of a longer task: p ∈ [0, 1] becomes start + share · p on the outer progress, synchronously
/// (unlike <see cref="Progress{T}"/>, which posts reports and may reorder them).</summary>
internal sealed class ScaledProgress(IProgress<double> outer, double start, double share) : IProgress<double>
{
    public void Report(double value) => outer.Report(start + share * Math.Clamp(value, 0, 1));

    /// <summary>The scaled progress, or null when there is no outer progress.</summary>
    public static IProgress<double>? Of(IProgress<double>? outer, double start, double share) =>
        outer is null ? null : new ScaledProgress(outer, start, share);
}
