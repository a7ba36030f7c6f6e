using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>Finds rows that repeat an earlier row (pandas <c>duplicated()</c>: missing equals missing).</summary>
internal static class DuplicateRows
{
    /// <summary>The number of rows equal to an earlier row, and the <paramref name="top"/> most repeated rows with
    /// how often each occurs (ties: the row seen first comes first).</summary>
    public static (long Count, List<DuplicateRow> Top) Find(TabularData data, int top, CancellationToken ct)
    {
        var rows = data.RowCount;
        if (rows == 0 || data.Columns.Count == 0) return (0, []);
        var comparer = new RowComparer(data.Columns, Hashes(data, ct));
        var counts = new Dictionary<int, int>(comparer);
        for (var row = 0; row < rows; row++)
        {
            if ((row & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            counts[row] = counts.GetValueOrDefault(row) + 1;
        }
        var duplicates = rows - counts.Count;
        var most = counts.Where(kv => kv.Value > 1)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(top)
            .Select(kv => new DuplicateRow(data.Columns.Select(c => c.Format(kv.Key)).ToArray(), kv.Value))
            .ToList();
        return (duplicates, most);
    }

    private static long[] Hashes(TabularData data, CancellationToken ct)
    {
        var hashes = new long[data.RowCount];
        foreach (var column in data.Columns)
        {
            ct.ThrowIfCancellationRequested();
            for (var row = 0; row < hashes.Length; row++)
                hashes[row] = unchecked(hashes[row] * 1_000_003 + CellHash(column, row));
        }
        return hashes;
    }

    private static long CellHash(DataColumn column, int row)
    {
        if (column.Numbers is { } numbers)
        {
            var v = numbers[row];
            // One hash for every NaN and for both zeros, since those compare equal here.
            return double.IsNaN(v) ? 0x7FF8 : v == 0 ? 0 : BitConverter.DoubleToInt64Bits(v);
        }
        return column.Strings![row] is { } s ? string.GetHashCode(s, StringComparison.Ordinal) : 0x5A5A;
    }

    private sealed class RowComparer(IReadOnlyList<DataColumn> columns, long[] hashes) : IEqualityComparer<int>
    {
        public bool Equals(int a, int b)
        {
            if (hashes[a] != hashes[b]) return false;
            foreach (var c in columns)
            {
                if (c.Numbers is { } n)
                {
                    if (!(n[a] == n[b] || (double.IsNaN(n[a]) && double.IsNaN(n[b])))) return false;
                }
                else if (!string.Equals(c.Strings![a], c.Strings[b], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        public int GetHashCode(int row) => hashes[row].GetHashCode();
    }
}
