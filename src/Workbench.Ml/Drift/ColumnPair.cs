using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Drift;

/// <summary>A reference and a current column with missing values dropped, sorted once, and their distinct values counted.</summary>
/// <remarks>Numeric columns keep both sorted samples and the merged distinct values with the count of each side;
/// categorical columns keep the categories (ordinal order) with the count of each side. Every test reads from here.</remarks>
internal sealed class ColumnPair
{
    private ColumnPair(string name, ColumnType type, DriftColumnKind kind)
    {
        Name = name;
        Type = type;
        Kind = kind;
    }

    public string Name { get; }
    public ColumnType Type { get; }
    public DriftColumnKind Kind { get; }
    public int MissingReference { get; private set; }
    public int MissingCurrent { get; private set; }

    /// <summary>Sorted reference values (numeric columns only).</summary>
    public double[] Reference { get; private set; } = [];

    /// <summary>Sorted current values (numeric columns only).</summary>
    public double[] Current { get; private set; } = [];

    /// <summary>Distinct values of R ∪ C in ascending order (numeric columns only).</summary>
    public double[] Values
    {
        get
        {
            if (_values is null) MaterialiseValues();
            return _values!;
        }
    }

    /// <summary>Distinct categories of R ∪ C in ordinal order (categorical columns only).</summary>
    public string[] Categories { get; private set; } = [];

    /// <summary>Reference count of each distinct value or category.</summary>
    public int[] CountReference
    {
        get
        {
            if (_countReference is null) MaterialiseValues();
            return _countReference!;
        }
    }

    /// <summary>Current count of each distinct value or category.</summary>
    public int[] CountCurrent
    {
        get
        {
            if (_countCurrent is null) MaterialiseValues();
            return _countCurrent!;
        }
    }

    private double[]? _values;
    private int[]? _countReference;
    private int[]? _countCurrent;
    private int _distinct;

    public int ReferenceRows { get; private set; }
    public int CurrentRows { get; private set; }

    /// <summary>Distinct values over R and C together.</summary>
    public int Distinct => _distinct;

    /// <summary>Distinct values seen in R.</summary>
    public int DistinctReference { get; private set; }

    public static ColumnPair Create(DataColumn reference, DataColumn current)
    {
        bool refNumeric = reference.Numbers is not null, curNumeric = current.Numbers is not null;
        if (refNumeric != curNumeric)
            throw new DriftException(
                $"Column '{reference.Name}' is {Describe(reference)} in the reference but {Describe(current)} in the current data; " +
                "give it the same type on both sides (override the type on import) or leave it out of the comparison.", reference.Name);
        var pair = new ColumnPair(reference.Name, reference.Type, refNumeric ? DriftColumnKind.Numeric : DriftColumnKind.Categorical);
        if (refNumeric) pair.FillNumeric(reference.Numbers!, current.Numbers!);
        else pair.FillCategorical(reference.Strings!, current.Strings!);
        return pair;
    }

    private static string Describe(DataColumn c) => c.Numbers is not null ? $"numeric ({c.Type.ToName()})" : $"text ({c.Type.ToName()})";

    private void FillNumeric(double[] reference, double[] current)
    {
        Reference = SortedValues(reference, "reference", out var missingR);
        Current = SortedValues(current, "current", out var missingC);
        (MissingReference, MissingCurrent, ReferenceRows, CurrentRows) = (missingR, missingC, Reference.Length, Current.Length);
        CountDistinct();
    }

    private double[] SortedValues(double[] values, string side, out int missing)
    {
        var sorted = RadixSort.SortedWithoutNaN(values, out int infinite);
        if (infinite >= 0)
            throw new DriftException($"Column '{Name}' has an infinite value in the {side} data (row {infinite + 1}); replace it or mark it missing before comparing.", Name);
        missing = values.Length - sorted.Length;
        RequireValues(sorted.Length, values.Length, side);
        return sorted;
    }

    private void RequireValues(int count, int rows, string side)
    {
        if (count > 0) return;
        string what = rows == 0 ? "has no rows" : $"has only missing values ({rows.ToString("N0", CultureInfo.InvariantCulture)} rows)";
        throw new DriftException(
            $"Column '{Name}' {what} in the {side} data, so there is nothing to compare; choose a {side} window or dataset with values in this column, or leave the column out.", Name);
    }

    // Counts distinct values of R ∪ C and of R in one walk over both sorted samples.
    private void CountDistinct()
    {
        var r = Reference;
        var c = Current;
        int i = 0, j = 0, distinct = 0, distinctR = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            int i0 = i;
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            distinct++;
            if (i > i0) distinctR++;
        }
        _distinct = distinct;
        DistinctReference = distinctR;
    }

    // The distinct values of R ∪ C with the count of each side; built only when a test or the bins need them.
    private void MaterialiseValues()
    {
        var r = Reference;
        var c = Current;
        var values = new double[_distinct];
        var countR = new int[_distinct];
        var countC = new int[_distinct];
        int i = 0, j = 0, k = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            int i0 = i, j0 = j;
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            (values[k], countR[k], countC[k]) = (x, i - i0, j - j0);
            k++;
        }
        (_values, _countReference, _countCurrent) = (values, countR, countC);
    }

    private void FillCategorical(string?[] reference, string?[] current)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        MissingReference = Count(reference, counts, 0);
        MissingCurrent = Count(current, counts, 1);
        ReferenceRows = reference.Length - MissingReference;
        CurrentRows = current.Length - MissingCurrent;
        RequireValues(ReferenceRows, reference.Length, "reference");
        RequireValues(CurrentRows, current.Length, "current");
        Categories = counts.Keys.ToArray();
        Array.Sort(Categories, StringComparer.Ordinal);
        _distinct = Categories.Length;
        _values = [];
        _countReference = new int[_distinct];
        _countCurrent = new int[_distinct];
        for (int k = 0; k < _distinct; k++)
        {
            var pair = counts[Categories[k]];
            (_countReference[k], _countCurrent[k]) = (pair[0], pair[1]);
            if (pair[0] > 0) DistinctReference++;
        }
    }

    private static int Count(string?[] values, Dictionary<string, int[]> counts, int side)
    {
        int missing = 0;
        foreach (var v in values)
        {
            if (v is null) { missing++; continue; }
            if (!counts.TryGetValue(v, out var pair)) counts[v] = pair = new int[2];
            pair[side]++;
        }
        return missing;
    }

    /// <summary>A distinct value or category as text, for bin labels.</summary>
    public string Label(int k) => Kind == DriftColumnKind.Categorical ? Categories[k] : FormatNumber(Values[k]);

    private string FormatNumber(double v) => Type switch
    {
        ColumnType.Boolean => v != 0 ? "true" : "false",
        ColumnType.Date => DateValues.Format(v),
        ColumnType.Integer when Math.Abs(v) < 9e15 && v == Math.Floor(v) => ((long)v).ToString(CultureInfo.InvariantCulture),
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
