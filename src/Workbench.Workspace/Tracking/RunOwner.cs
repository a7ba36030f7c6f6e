using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Workbench.Workspace.Tracking;

/// <summary>The process that started a run: a per-process instance id, the process id and the process start time.
/// A Running run whose owner is gone was cut off (see <see cref="ITrackingStore.MarkInterruptedAsync"/>).</summary>
/// <param name="Instance">A random id drawn once per process.</param>
/// <param name="Pid">The operating system's process id.</param>
/// <param name="StartedUtc">When the process started (with the pid, this tells a reused pid from the original).</param>
/// <param name="StartTicks">On Linux, the process start time in clock ticks since boot, as <c>/proc/PID/stat</c>
/// gives it: exact, so a pid reused even within the same second is told apart. Null elsewhere.</param>
public sealed record RunOwner(string Instance, int Pid, DateTime StartedUtc, long? StartTicks = null)
{
    /// <summary>The process this code runs in.</summary>
    public static RunOwner Current { get; } = CreateCurrent();

    /// <summary>True when the owner's process still runs: the pid exists, is not a zombie, and started at the recorded
    /// time (the exact tick count on Linux, and the start time to within 2 s everywhere).</summary>
    /// <remarks>When the start time cannot be read (permissions), a living pid counts as alive, so a live run is never
    /// marked interrupted by mistake; the heartbeat bound covers that case.</remarks>
    public static bool IsAlive(RunOwner owner)
    {
        if (ProcStat.Available)
        {
            if (ProcStat.Read(owner.Pid) is not { } stat || stat.State is 'Z' or 'X') return false;
            if (owner.StartTicks is { } ticks && ticks != stat.StartTicks) return false;
        }
        try
        {
            using var process = Process.GetProcessById(owner.Pid);
            if (process.HasExited) return false;
            return Math.Abs((process.StartTime.ToUniversalTime() - owner.StartedUtc).TotalSeconds) < 2;
        }
        catch (ArgumentException) { return false; } // no process with that id
        catch (InvalidOperationException) { return false; } // exited meanwhile
        catch (Win32Exception) { return true; }
        catch (NotSupportedException) { return true; }
    }

    private static RunOwner CreateCurrent()
    {
        using var process = Process.GetCurrentProcess();
        return new RunOwner(Guid.NewGuid().ToString("N"), Environment.ProcessId, process.StartTime.ToUniversalTime(),
            ProcStat.Read(Environment.ProcessId)?.StartTicks);
    }

    /// <summary>Linux's <c>/proc/PID/stat</c>: the process state and its start time in clock ticks since boot.</summary>
    internal static class ProcStat
    {
        public static bool Available { get; } = OperatingSystem.IsLinux() && File.Exists("/proc/self/stat");

        public static (char State, long StartTicks)? Read(int pid)
        {
            if (!Available) return null;
            string text;
            try { text = File.ReadAllText($"/proc/{pid}/stat"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            // "pid (command) state ppid ...": the command may hold spaces and parentheses, so fields count from the
            // last ')'. The state is field 3 and the start time field 22.
            var fields = text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 19 && fields[0].Length == 1
                && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? (fields[0][0], ticks) : null;
        }
    }
}
