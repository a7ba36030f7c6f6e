using System.ComponentModel;
using System.Diagnostics;

namespace Workbench.Workspace.Tracking;

/// <summary>The process that started a run: a per-process instance id, the process id and the process start time.
/// A Running run whose owner is gone was cut off (see <see cref="ITrackingStore.MarkInterruptedAsync"/>).</summary>
/// <param name="Instance">A random id drawn once per process.</param>
/// <param name="Pid">The operating system's process id.</param>
/// <param name="StartedUtc">When the process started (with the pid, this tells a reused pid from the original).</param>
public sealed record RunOwner(string Instance, int Pid, DateTime StartedUtc)
{
    /// <summary>The process this code runs in.</summary>
    public static RunOwner Current { get; } = CreateCurrent();

    /// <summary>True when the owner's process still runs: the pid exists and started at the recorded time.</summary>
    /// <remarks>When the start time cannot be read (permissions), a living pid counts as alive, so a live run is never
    /// marked interrupted by mistake.</remarks>
    public static bool IsAlive(RunOwner owner)
    {
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
        return new RunOwner(Guid.NewGuid().ToString("N"), Environment.ProcessId, process.StartTime.ToUniversalTime());
    }
}
