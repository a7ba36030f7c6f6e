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

    /// <summary>Number of background rows.</summary>
    public int BackgroundCount => _background.RowCount;

    /// <summary>The table with <c>coalitions.Count × background rows</c> rows, coalition-major.</summary>
    public TabularData Build(int row, IReadOnlyList<bool[]> coalitions)
    {
        int b = _background.RowCount, total = coalitions.Count * b;
        var columns = new DataColumn[_rows.Columns.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            var source = _rows.Columns[c];
            int player = _playerOfColumn[c];
            if (source.Numbers is { } numbers)
            {
                var values = new double[total];
                var bg = _backgroundColumns[c].Numbers!;
                for (int k = 0, i = 0; k < coalitions.Count; k++)
                {
                    bool fromRow = player < 0 || coalitions[k][player];
                    for (int j = 0; j < b; j++, i++) values[i] = fromRow ? numbers[row] : bg[j];
                }
                columns[c] = DataColumn.Numeric(source.Name, source.Type, values);
            }
            else
            {
                var values = new string?[total];
                var strings = source.Strings!;
                var bg = _backgroundColumns[c].Strings!;
                for (int k = 0, i = 0; k < coalitions.Count; k++)
                {
                    bool fromRow = player < 0 || coalitions[k][player];
                    for (int j = 0; j < b; j++, i++) values[i] = fromRow ? strings[row] : bg[j];
                }
                columns[c] = DataColumn.Text(source.Name, source.Type, values);
            }
        }
        return new TabularData(_rows.Name, columns);
    }

    /// <summary>Calls the model once on the hybrid table and averages its output over the background per coalition.</summary>
    public double[] CoalitionValues(Func<TabularData, double[]> rawOutput, int row, IReadOnlyList<bool[]> coalitions)
    {
        var output = rawOutput(Build(row, coalitions));
        int b = _background.RowCount;
        if (output.Length != coalitions.Count * b)
            throw new InvalidOperationException($"The model returned {output.Length} outputs for {coalitions.Count * b} rows.");
        var values = new double[coalitions.Count];
        for (int k = 0; k < values.Length; k++)
        {
            double sum = 0;
            for (int j = 0; j < b; j++) sum += output[k * b + j];
            values[k] = sum / b;
        }
        return values;
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
