using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Agnostic;

/// <summary>Builds the table of hybrid rows a coalition value needs: for every coalition and background row, the
/// players in the coalition take the explained row's values and the others the background row's; any other column
/// keeps the explained row's value.</summary>
internal sealed class HybridRows
{
    private readonly TabularData _rows, _background;
    private readonly int[] _playerOfColumn;
    private readonly DataColumn[] _backgroundColumns;

    public HybridRows(TabularData rows, TabularData background, IReadOnlyList<string> players)
    {
        (_rows, _background) = (rows, background);
        _playerOfColumn = rows.Columns.Select(c => IndexOf(players, c.Name)).ToArray();
        foreach (var player in players)
            if (!rows.Columns.Any(c => c.Name == player))
                throw new ArgumentException($"Player '{player}' is not a column of the rows to explain.");
        _backgroundColumns = rows.Columns.Select((c, i) => _playerOfColumn[i] < 0 ? c : Find(background, c)).ToArray();
    }

    /// <summary>Most hybrid rows put in one model call when several explained rows are batched.</summary>
    public const int RowsPerCall = 50_000;

    /// <summary>Number of background rows.</summary>
    public int BackgroundCount => _background.RowCount;

    /// <summary>The table for several explained rows, each with its coalitions: row-major, then coalition, then background row.</summary>
    public TabularData Build(IReadOnlyList<(int Row, IReadOnlyList<bool[]> Coalitions)> requests)
    {
        int b = _background.RowCount, total = requests.Sum(q => q.Coalitions.Count) * b;
        var columns = new DataColumn[_rows.Columns.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            var source = _rows.Columns[c];
            columns[c] = source.Numbers is { } numbers
                ? DataColumn.Numeric(source.Name, source.Type, Fill(numbers, _backgroundColumns[c].Numbers!, _playerOfColumn[c], requests, total))
                : DataColumn.Text(source.Name, source.Type, Fill(source.Strings!, _backgroundColumns[c].Strings!, _playerOfColumn[c], requests, total));
        }
        return new TabularData(_rows.Name, columns);
    }

    private T[] Fill<T>(T[] rowValues, T[] backgroundValues, int player, IReadOnlyList<(int Row, IReadOnlyList<bool[]> Coalitions)> requests, int total)
    {
        var values = new T[total];
        int b = _background.RowCount, i = 0;
        foreach (var (row, coalitions) in requests)
            foreach (var coalition in coalitions)
            {
                bool fromRow = player < 0 || coalition[player];
                for (int j = 0; j < b; j++, i++) values[i] = fromRow ? rowValues[row] : backgroundValues[j];
            }
        return values;
    }

    /// <summary>Coalition values (mean output over the background) for each request, calling the model once per batch
    /// of requests holding at most <see cref="RowsPerCall"/> hybrid rows (or one request).</summary>
    public double[][] CoalitionValues(Func<TabularData, double[]> rawOutput, IReadOnlyList<(int Row, IReadOnlyList<bool[]> Coalitions)> requests,
        CancellationToken cancellationToken = default)
    {
        int b = _background.RowCount;
        var result = new double[requests.Count][];
        for (int first = 0; first < requests.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = 1, size = requests[first].Coalitions.Count * b;
            while (first + count < requests.Count && size + requests[first + count].Coalitions.Count * b <= RowsPerCall)
                size += requests[first + count++].Coalitions.Count * b;
            var batch = Enumerable.Range(first, count).Select(k => requests[k]).ToArray();
            var output = rawOutput(Build(batch));
            if (output.Length != size) throw new InvalidOperationException($"The model returned {output.Length} outputs for {size} rows.");
            for (int k = 0, offset = 0; k < count; k++)
            {
                var values = result[first + k] = new double[batch[k].Coalitions.Count];
                for (int m = 0; m < values.Length; m++, offset += b)
                {
                    double sum = 0;
                    for (int j = 0; j < b; j++) sum += output[offset + j];
                    values[m] = sum / b;
                }
            }
            first += count;
        }
        return result;
    }

    private static DataColumn Find(TabularData background, DataColumn column)
    {
        var match = background.Columns.FirstOrDefault(c => c.Name == column.Name)
            ?? throw new ArgumentException($"The background sample has no column '{column.Name}'; it needs every player column.");
        if ((match.Numbers is null) != (column.Numbers is null))
            throw new ArgumentException($"Column '{column.Name}' is numeric in one table and text in the other; the background must have the rows' column types.");
        return match;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }
}
