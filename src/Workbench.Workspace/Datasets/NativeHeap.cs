using System.Runtime.InteropServices;

namespace Workbench.Workspace.Datasets;

/// <summary>Hands memory that SQLite has freed back to the operating system.</summary>
/// <remarks>An import fills a page cache of up to <see cref="DatasetStore.Defaults.ImportCacheKib"/> KiB. SQLite frees
/// those pages when the cache is shrunk again, but glibc keeps freed memory in its heap, so the process would go on
/// holding it (about 150 MB after a 1,000,000 × 20 import) while profiling allocates managed memory on top.</remarks>
internal static class NativeHeap
{
    /// <summary>Returns free native heap memory to the system (glibc's <c>malloc_trim</c>); does nothing elsewhere.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try { MallocTrim(0); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl): nothing to trim this way.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
