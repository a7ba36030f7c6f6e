using System.Globalization;
using Microsoft.Data.Sqlite;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Fills the columnar arrays of a <see cref="TabularData"/> from a reader over a dataset's table.</summary>
internal sealed class TabularLoader
{
    private readonly List<ColumnInfo> _columns;
    private readonly double[]?[] _numbers;
    private readonly string?[]?[] _strings;

    public TabularLoader(List<ColumnInfo> columns, int rows)
    {
        _columns = columns;
        _numbers = columns.Select(c => c.Type.IsNumeric() ? new double[rows] : null).ToArray();
        _strings = columns.Select(c => c.Type.IsNumeric() ? null : new string?[rows]).ToArray();
    }

    /// <summary>Rows added so far.</summary>
    public int Rows { get; private set; }

    public void Add(SqliteDataReader reader)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (_strings[i] is { } strings) { strings[Rows] = reader.IsDBNull(i) ? null : reader.GetString(i); continue; }
            _numbers[i]![Rows] = reader.IsDBNull(i) ? double.NaN
                : _columns[i].Type == ColumnType.Date ? DateValues.ToDays(DateTime.Parse(reader.GetString(i), CultureInfo.InvariantCulture))
                : reader.GetDouble(i);
        }
        Rows++;
    }

    public TabularData Build(string name) => new(name, _columns.Select((c, i) => _numbers[i] is { } numbers
        ? DataColumn.Numeric(c.Name, c.Type, numbers)
        : DataColumn.Text(c.Name, c.Type, _strings[i]!)).ToList());
}
