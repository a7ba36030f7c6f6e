using System.Diagnostics;

namespace Workbench.Cli.Bench;

/// <summary>Wall-clock seconds and the process's CPU seconds (all threads) of one step: on a loaded shared machine the
/// wall time grows with the load while the CPU time shows the work done.</summary>
public sealed record WallAndCpu(double Seconds, double CpuSeconds);

/// <summary>Measures consecutive steps: each <see cref="Lap"/> returns the time since the previous one.</summary>
public sealed class StepClock
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private TimeSpan cpu = Cpu();

    /// <summary>The step that just ended, and starts the next.</summary>
    public WallAndCpu Lap()
    {
        var now = Cpu();
        var lap = new WallAndCpu(Math.Round(wall.Elapsed.TotalSeconds, 4), Math.Round((now - cpu).TotalSeconds, 4));
        cpu = now;
        wall.Restart();
        return lap;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>The machine's one-minute load average (Linux /proc/loadavg), or -1 where it cannot be read.</summary>
public static class LoadAverage
{
    /// <summary>Reads it.</summary>
    public static double Read()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return -1; }
    }
}
