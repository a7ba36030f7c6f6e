using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Drift;

/// <summary>A reference and a current column with missing values dropped, and what the tests need to know about them.</summary>
/// <remarks>Categorical columns are counted per category (ordinal order) at once. Numeric columns keep their values and
/// do the expensive work only when a test needs it: sorting (Wasserstein, exact distinct counts, KS on small samples)
/// happens once per side, on first use, on a copy (the caller's values are used as they are when none is missing); KS on
/// large samples and distances on Sturges bins never sort, and columns with few values are walked by their value counts.</remarks>
internal sealed partial class ColumnPair
{
    private double[]? _values;
    private int[]? _countReference;
    private int[]? _countCurrent;

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
    public int ReferenceRows { get; private set; }
    public int CurrentRows { get; private set; }

    /// <summary>Distinct categories of R ∪ C in ordinal order (categorical columns only).</summary>
    public string[] Categories { get; private set; } = [];

    /// <summary>Distinct values of R ∪ C in ascending order (numeric columns only).</summary>
    public double[] Values => Materialised(ref _values);

    /// <summary>Reference count of each distinct value or category.</summary>
    public int[] CountReference => Materialised(ref _countReference);

    /// <summary>Current count of each distinct value or category.</summary>
    public int[] CountCurrent => Materialised(ref _countCurrent);

    private T Materialised<T>(ref T? field) where T : class
    {
        if (field is null) MaterialiseValues();
        return field!;
    }

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

    private void RequireValues(int count, int rows, string side)
    {
        if (count > 0) return;
        string what = rows == 0 ? "has no rows" : $"has only missing values ({rows.ToString("N0", CultureInfo.InvariantCulture)} rows)";
        throw new DriftException(
            $"Column '{Name}' {what} in the {side} data, so there is nothing to compare; choose a {side} window or dataset with values in this column, or leave the column out.", Name);
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
            if (pair[0] > 0) _distinctReference++;
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
