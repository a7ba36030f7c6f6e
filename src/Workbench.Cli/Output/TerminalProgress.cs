namespace Workbench.Cli.Output;

/// <summary>A one-line percentage on stderr ("importing  42 %"), redrawn in place; cleared when disposed.</summary>
public sealed class TerminalProgress(TextWriter stderr, string label) : IProgress<double>, IDisposable
{
    private readonly Lock gate = new();
    private int shown = -1;

    /// <summary>Redraws the line when the whole percentage changes.</summary>
    public void Report(double value)
    {
        var percent = (int)Math.Clamp(value * 100, 0, 100);
        lock (gate)
        {
            if (percent == shown) return;
            shown = percent;
            stderr.Write($"\r{label} {percent,3} %");
            stderr.Flush();
        }
    }

    /// <summary>Clears the line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (shown >= 0) stderr.Write("\r" + new string(' ', label.Length + 6) + "\r");
            stderr.Flush();
        }
    }
}
