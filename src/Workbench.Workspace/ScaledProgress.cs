namespace Workbench.Workspace;

/// <summary>Maps a step's progress (0..1) onto a slice [start, start + width] of an overall progress.</summary>
internal sealed class ScaledProgress(IProgress<double> inner, double start, double width) : IProgress<double>
{
    /// <summary>The scaled progress, or null when there is nothing to report to.</summary>
    public static IProgress<double>? Of(IProgress<double>? inner, double start, double width) =>
        inner is null ? null : new ScaledProgress(inner, start, width);

    public void Report(double value) => inner.Report(start + width * Math.Clamp(value, 0, 1));
}
