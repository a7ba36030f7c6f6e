using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>A set of 64-bit value fingerprints with open addressing, for counting distinct values with one memory
/// access per value (a general hash set needs two, which dominates inference on high-cardinality columns).</summary>
internal sealed class FingerprintSet
{
    private ulong[] slots = new ulong[64];

    /// <summary>Number of fingerprints in the set.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a fingerprint; true when it was not in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ulong fingerprint)
    {
        if (fingerprint == 0) fingerprint = 1; // 0 marks an empty slot
        var mask = slots.Length - 1;
        var i = (int)fingerprint & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot == fingerprint) return false;
            if (slot == 0) break;
            i = (i + 1) & mask;
        }
        slots[i] = fingerprint;
        if (++Count * 2 > slots.Length) Grow();
        return true;
    }

    /// <summary>Reads the slot where <paramref name="fingerprint"/> would start its search, to bring it into the cache.</summary>
    public ulong Peek(ulong fingerprint) => slots[(int)fingerprint & (slots.Length - 1)];

    private void Grow()
    {
        var old = slots;
        slots = new ulong[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var fingerprint in old)
        {
            if (fingerprint == 0) continue;
            var i = (int)fingerprint & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = fingerprint;
        }
    }
}
