using System.Runtime.InteropServices;
using SQLitePCL;

namespace Workbench.Workspace.Datasets;

/// <summary>The bind and column functions of the bundled e_sqlite3 library, called through function pointers: about
/// three times cheaper per value than the managed wrapper, which matters at tens of millions of values per import or
/// load. Null when another SQLite provider is in use; callers then use the wrapper.</summary>
/// <remarks>The calls skip the runtime's GC transition: these functions are short, never block on a connection that
/// only one thread uses, and never call back into .NET.</remarks>
internal sealed unsafe class SqliteNative
{
    /// <summary>The library's functions, or null when the bundled library is not the one in use.</summary>
    public static readonly SqliteNative? Instance = TryLoad();

    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int> BindNull;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, long, int> BindInt64;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, double, int> BindDouble;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, byte*, int, IntPtr, int> BindText;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int> ColumnType;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, double> ColumnDouble;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, byte*> ColumnBlob;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int> ColumnBytes;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, IntPtr> DbMutex;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, void> MutexEnter;
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, void> MutexLeave;

    /// <summary>Takes the connection's mutex until the result is disposed; nothing without the bundled library.</summary>
    /// <remarks>SQLite's mutex is recursive: while it is held, the lock every API call takes is only a re-entry, which
    /// saves two atomic operations per bound or read value. The connection must not be shared with another thread meanwhile.</remarks>
    public static ConnectionLock Hold(sqlite3 db)
    {
        if (Instance is not { } native) return default;
        var mutex = native.DbMutex(db.DangerousGetHandle());
        if (mutex != IntPtr.Zero) native.MutexEnter(mutex);
        return new ConnectionLock(mutex);
    }

    /// <summary>A held connection mutex (<see cref="Hold"/>), released on dispose.</summary>
    public readonly struct ConnectionLock(IntPtr mutex) : IDisposable
    {
        public void Dispose()
        {
            if (mutex != IntPtr.Zero) Instance!.MutexLeave(mutex);
        }
    }

    private static SqliteNative? TryLoad()
    {
        try
        {
            // Only the bundled provider: loading "e_sqlite3" through its assembly resolves the same file the
            // provider's DllImport uses, so statement handles are shared with the library that created them.
            if (raw.GetNativeLibraryName() != "e_sqlite3") return null;
            if (!NativeLibrary.TryLoad("e_sqlite3", typeof(SQLite3Provider_e_sqlite3).Assembly, null, out var library)) return null;
            return new SqliteNative
            {
                BindNull = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int>)NativeLibrary.GetExport(library, "sqlite3_bind_null"),
                BindInt64 = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, long, int>)NativeLibrary.GetExport(library, "sqlite3_bind_int64"),
                BindDouble = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, double, int>)NativeLibrary.GetExport(library, "sqlite3_bind_double"),
                BindText = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, byte*, int, IntPtr, int>)NativeLibrary.GetExport(library, "sqlite3_bind_text"),
                ColumnType = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int>)NativeLibrary.GetExport(library, "sqlite3_column_type"),
                ColumnDouble = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, double>)NativeLibrary.GetExport(library, "sqlite3_column_double"),
                ColumnBlob = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, byte*>)NativeLibrary.GetExport(library, "sqlite3_column_blob"),
                ColumnBytes = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int>)NativeLibrary.GetExport(library, "sqlite3_column_bytes"),
                DbMutex = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, "sqlite3_db_mutex"),
                MutexEnter = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, void>)NativeLibrary.GetExport(library, "sqlite3_mutex_enter"),
                MutexLeave = (delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, void>)NativeLibrary.GetExport(library, "sqlite3_mutex_leave"),
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
