namespace Workbench.Ml.Training;

/// <summary>Progress of parts that run at the same time: each part reports its own 0 to 1, and the outer progress gets
/// the weighted sum, synchronously. Since each part only moves forward, so does the sum.</summary>
internal sealed class SharedProgress(IProgress<double>? outer, params double[] weights)
{
    private readonly double[] _done = new double[weights.Length];

    /// <summary>The progress of part <paramref name="index"/>, or null when there is no outer progress.</summary>
    public IProgress<double>? Part(int index) => outer is null ? null : new PartProgress(this, index);

    private void Report(int index, double value)
    {
        lock (_done)
        {
            _done[index] = Math.Max(_done[index], Math.Clamp(value, 0, 1));
            double sum = 0;
            for (var i = 0; i < _done.Length; i++) sum += weights[i] * _done[i];
            outer!.Report(sum);
        }
    }

    private sealed class PartProgress(SharedProgress owner, int index) : IProgress<double>
    {
        public void Report(double value) => owner.Report(index, value);
    }
}
