namespace Workbench.Ml.Drift;

/// <summary>The numeric half of <see cref="ColumnPair"/>: values without missing ones, sorted lazily, distinct counts.</summary>
internal sealed partial class ColumnPair
{
    private double[] _reference = [];
    private double[] _current = [];
    private bool _sorted;
    private bool _ownReference;
    private bool _ownCurrent;
    private bool _hashTried;
    private const int ParallelSortSize = 200_000;
    private const int MaxDistinctForHashCounts = 256;
    private int _distinct = -1;
    private int _distinctReference;

    /// <summary>Smallest value of R ∪ C (numeric columns only).</summary>
    public double Min { get; private set; }

    /// <summary>Largest value of R ∪ C (numeric columns only).</summary>
    public double Max { get; private set; }

    /// <summary>Reference values in ascending order (numeric columns only; sorts on first use).</summary>
    public double[] Reference => Sorted()._reference;

    /// <summary>Current values in ascending order (numeric columns only; sorts on first use).</summary>
    public double[] Current => Sorted()._current;

    /// <summary>Reference values in any order (numeric columns only; never sorts).</summary>
    public double[] ReferenceUnordered => _reference;

    /// <summary>Current values in any order (numeric columns only; never sorts).</summary>
    public double[] CurrentUnordered => _current;

    /// <summary>True once both sides are sorted.</summary>
    public bool IsSorted => _sorted;

    /// <summary>True when the distinct values and their counts are known (categorical columns, or numeric columns whose
    /// values were counted), so tests can walk the counts instead of the values.</summary>
    public bool HasValueCounts => _countReference is not null;

    /// <summary>Exact number of distinct values over R and C together (sorts a numeric column with many values).</summary>
    public int Distinct
    {
        get
        {
            if (_distinct < 0) CountDistinct();
            return _distinct;
        }
    }

    /// <summary>The number of distinct values over R and C, or <paramref name="cap"/> + 1 when there are more; cheap.</summary>
    public int DistinctUpTo(int cap)
    {
        if (_distinct < 0 && !_hashTried) TryHashCounts();
        if (_distinct >= 0) return Math.Min(_distinct, cap + 1);
        return cap < MaxDistinctForHashCounts ? cap + 1 : Math.Min(Distinct, cap + 1);
    }

    /// <summary>True when R alone has more than <paramref name="count"/> distinct values; cheap.</summary>
    public bool ReferenceHasMoreDistinctThan(int count)
    {
        if (Kind == DriftColumnKind.Numeric && _distinct < 0 && !_hashTried) TryHashCounts();
        return _countReference is not null ? _distinctReference > count : DistinctCapped(count, _reference) > count;
    }

    private void FillNumeric(double[] reference, double[] current)
    {
        (_reference, _ownReference) = Present(reference, "reference", out var minR, out var maxR);
        (_current, _ownCurrent) = Present(current, "current", out var minC, out var maxC);
        (MissingReference, MissingCurrent) = (reference.Length - _reference.Length, current.Length - _current.Length);
        (ReferenceRows, CurrentRows) = (_reference.Length, _current.Length);
        (Min, Max) = (Math.Min(minR, minC), Math.Max(maxR, maxC));
    }

    // The non-missing values (the caller's array itself when none is missing: it is copied before sorting), their range,
    // and a clear error for infinities or an empty side.
    private (double[] Values, bool Copied) Present(double[] values, string side, out double min, out double max)
    {
        int count = 0;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsNaN(v)) continue;
            if (double.IsInfinity(v))
                throw new DriftException($"Column '{Name}' has an infinite value in the {side} data (row {i + 1}); replace it or mark it missing before comparing.", Name);
            count++;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        RequireValues(count, values.Length, side);
        if (count == values.Length) return (values, false);
        var present = new double[count];
        int k = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) present[k++] = v;
        return (present, true);
    }

    private ColumnPair Sorted()
    {
        if (_sorted || Kind == DriftColumnKind.Categorical) return this;
        if (!_ownReference) (_reference, _ownReference) = ((double[])_reference.Clone(), true);
        if (!_ownCurrent) (_current, _ownCurrent) = ((double[])_current.Clone(), true);
        if (_reference.Length + _current.Length < ParallelSortSize)
        {
            RadixSort.Sort(_reference);
            RadixSort.Sort(_current);
        }
        else Parallel.Invoke(() => RadixSort.Sort(_reference), () => RadixSort.Sort(_current));
        _sorted = true;
        return this;
    }

    private static int DistinctCapped(int cap, double[] values)
    {
        var seen = new HashSet<double>();
        foreach (var v in values)
            if (seen.Add(v) && seen.Count > cap) return cap + 1;
        return seen.Count;
    }

    // Counts distinct values of R ∪ C in one walk over both sorted samples.
    private void CountDistinct()
    {
        var r = Reference;
        var c = Current;
        int i = 0, j = 0, distinct = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            distinct++;
        }
        _distinct = distinct;
    }

    // The distinct values of R ∪ C with the count of each side; built only when a test or the bins need them.
    // A column with few values is counted in a hash table, so a million 0/1 values are never sorted.
    private void MaterialiseValues()
    {
        if (!_hashTried) TryHashCounts();
        if (_countReference is not null) return;
        var r = Reference;
        var c = Current;
        var values = new double[Distinct];
        var countR = new int[values.Length];
        var countC = new int[values.Length];
        int i = 0, j = 0, k = 0, distinctR = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            int i0 = i, j0 = j;
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            (values[k], countR[k], countC[k]) = (x, i - i0, j - j0);
            if (i > i0) distinctR++;
            k++;
        }
        (_values, _countReference, _countCurrent, _distinctReference) = (values, countR, countC, distinctR);
    }

    // Counts each value in a hash table, giving up as soon as R ∪ C has more than MaxDistinctForHashCounts values.
    private void TryHashCounts()
    {
        _hashTried = true;
        var index = new DistinctValueIndex(MaxDistinctForHashCounts);
        var countR = new int[MaxDistinctForHashCounts];
        var countC = new int[MaxDistinctForHashCounts];
        if (!HashCount(_reference, index, countR) || !HashCount(_current, index, countC)) return;
        var values = index.Values.ToArray();
        var slots = new int[values.Length];
        for (int k = 0; k < slots.Length; k++) slots[k] = k;
        Array.Sort(values, slots);
        var sortedR = new int[values.Length];
        var sortedC = new int[values.Length];
        for (int k = 0; k < values.Length; k++)
        {
            (sortedR[k], sortedC[k]) = (countR[slots[k]], countC[slots[k]]);
            if (sortedR[k] > 0) _distinctReference++;
        }
        (_values, _countReference, _countCurrent, _distinct) = (values, sortedR, sortedC, values.Length);
    }

    private static bool HashCount(double[] values, DistinctValueIndex index, int[] counts)
    {
        foreach (var v in values)
        {
            int slot = index.IndexOf(v);
            if (slot >= counts.Length) return false;
            counts[slot]++;
        }
        return true;
    }
}
