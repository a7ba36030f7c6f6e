using System.Runtime.CompilerServices;

namespace Workbench.Ml.Data;

/// <summary>What one pass over a column has seen: which types still fit every value, missing and distinct counts,
/// lengths and examples. Used by <see cref="TypeInference"/>.</summary>
internal sealed class ColumnAccumulator
{
    [Flags]
    private enum Candidates { None = 0, Boolean = 1, Integer = 2, Real = 4, Date = 8, All = 15 }

    private const int ExampleCount = 5;
    private readonly FingerprintSet distinct = new();
    private readonly List<string> examples = new(ExampleCount);
    private readonly ColumnType? declared;
    private Candidates candidates;
    private long missing;
    private long present;
    private long totalLength;
    private bool distinctCapped;
    private ulong[] pendingFingerprints = new ulong[256];
    private int[] pendingTags = new int[256];
    private int pendingCount;
    // Keeps the look-ahead reads of FlushPending from being optimised away.
    private ulong peeked;

    /// <summary>Starts a column; a declared numeric, Boolean or Date type (Parquet) is taken as is, a declared
    /// Categorical or Text type only chooses between those two.</summary>
    public ColumnAccumulator(ColumnType? declared)
    {
        this.declared = declared;
        candidates = declared is null ? Candidates.All : Candidates.None;
    }

    /// <summary>Adds one value; null is missing.</summary>
    public void Add(string? value)
    {
        if (value is null) AddMissing();
        else AddPresent(value);
    }

    /// <summary>Adds a missing value.</summary>
    public void AddMissing() => missing++;

    /// <summary>Adds a present value, the same way <see cref="Add"/> adds its string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPresent(ReadOnlySpan<char> value)
    {
        CountPresent(value);
        if (distinctCapped) return;
        if (distinct.Add(Fingerprint(value)))
        {
            if (examples.Count < ExampleCount) examples.Add(new string(value));
            if (distinct.Count >= ImportPreview.DistinctCap) distinctCapped = true;
        }
    }

    /// <summary>Adds a present value like <see cref="AddPresent"/>, except that counting it as distinct waits for
    /// <see cref="FlushPending"/>, which works through many values at once; <paramref name="tag"/> names the value if it
    /// becomes an example.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPresentDeferred(ReadOnlySpan<char> value, int tag)
    {
        CountPresent(value);
        if (distinctCapped) return;
        if (pendingCount == pendingFingerprints.Length)
        {
            Array.Resize(ref pendingFingerprints, pendingCount * 2);
            Array.Resize(ref pendingTags, pendingCount * 2);
        }
        pendingFingerprints[pendingCount] = Fingerprint(value);
        pendingTags[pendingCount++] = tag;
    }

    /// <summary>Counts the values added by <see cref="AddPresentDeferred"/> as distinct, in the order they were added, so
    /// the result is that of <see cref="AddPresent"/>; <paramref name="valueOf"/> gives the text of a tag for examples.</summary>
    /// <remarks>The set's slot for a value a few places ahead is read first, so its cache miss overlaps the current
    /// insert: on high-cardinality columns the set is larger than the cache and these misses dominated inference.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FlushPending(Func<int, string> valueOf)
    {
        const int Ahead = 8;
        ulong touched = 0;
        for (var i = 0; i < pendingCount && !distinctCapped; i++)
        {
            if (i + Ahead < pendingCount) touched ^= distinct.Peek(pendingFingerprints[i + Ahead]);
            if (!distinct.Add(pendingFingerprints[i])) continue;
            if (examples.Count < ExampleCount) examples.Add(valueOf(pendingTags[i]));
            if (distinct.Count >= ImportPreview.DistinctCap) distinctCapped = true;
        }
        pendingCount = 0;
        peeked ^= touched;
    }

    /// <summary>Counts a present value and its length, and drops the types it does not fit.</summary>
    private void CountPresent(ReadOnlySpan<char> value)
    {
        present++;
        totalLength += value.Length;
        if (candidates != Candidates.None) Narrow(value);
    }

    /// <summary>The column as found.</summary>
    public InferredColumn Result(string name) => new(name, ChooseType(), missing, distinct.Count, examples.ToArray());

    /// <summary>A 64-bit hash of the value (FNV-1a with a final mix). Distinct values are counted by fingerprint, which
    /// keeps the sets small and fast; two values share one with a chance near 1e-10 at the distinct cap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Fingerprint(ReadOnlySpan<char> value)
    {
        var h = 14695981039346656037UL;
        foreach (var c in value) h = (h ^ c) * 1099511628211UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        return h ^ (h >> 33);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Narrow(ReadOnlySpan<char> value)
    {
        var c = candidates;
        if ((c & Candidates.Boolean) != 0 && !ValueParsers.TryBoolean(value, out _)) c &= ~Candidates.Boolean;
        if ((c & Candidates.Integer) != 0 && !ValueParsers.IsInteger(value)) c &= ~Candidates.Integer;
        if ((c & Candidates.Real) != 0 && (c & Candidates.Integer) == 0 && !ValueParsers.IsReal(value)) c &= ~Candidates.Real;
        if ((c & Candidates.Date) != 0 && !ValueParsers.TryDate(value, out _)) c &= ~Candidates.Date;
        candidates = c;
    }

    private ColumnType ChooseType()
    {
        if (declared is { } d && d is not (ColumnType.Categorical or ColumnType.Text)) return d;
        if (present == 0) return ColumnType.Text;
        if ((candidates & Candidates.Boolean) != 0) return ColumnType.Boolean;
        if ((candidates & Candidates.Integer) != 0) return ColumnType.Integer;
        if ((candidates & Candidates.Real) != 0) return ColumnType.Real;
        if ((candidates & Candidates.Date) != 0) return ColumnType.Date;
        return TypeInference.IsText(present, distinct.Count, distinctCapped, (double)totalLength / present)
            ? ColumnType.Text
            : ColumnType.Categorical;
    }
}
