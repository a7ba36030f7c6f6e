namespace Workbench.Ml.Profiling;

/// <summary>Reports the fraction of finished steps (0..1) from any thread.</summary>
internal sealed class ProgressTracker(IProgress<double>? progress, int steps)
{
    private int done;

    /// <summary>Marks one step as finished.</summary>
    public void Step()
    {
        var now = Interlocked.Increment(ref done);
        progress?.Report(Math.Min(1.0, (double)now / steps));
    }

    /// <summary>Reports completion.</summary>
    public void Finish() => progress?.Report(1.0);
}
