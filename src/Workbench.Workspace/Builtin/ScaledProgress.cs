namespace Workbench.Workspace.Builtin;

/// <summary>Maps a step's progress (0..1) onto a slice of an overall progress, synchronously and in order.</summary>
internal sealed class ScaledProgress(IProgress<double>? parent, double start, double length) : IProgress<double>
{
    /// <summary>Reports <c>start + length × value</c> to the parent.</summary>
    public void Report(double value) => parent?.Report(start + length * Math.Clamp(value, 0, 1));
}
