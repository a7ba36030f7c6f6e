using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Labs.Lab10;

/// <summary>The price series the lab works on: a dataset with a date column and a price column.</summary>
/// <param name="Dataset">The dataset, e.g. sp500.</param>
/// <param name="DateColumn">Its date column.</param>
/// <param name="PriceColumn">Its price column, e.g. close.</param>
public sealed record ReturnsSource(string Dataset, string DateColumn, string PriceColumn)
{
    /// <summary>The name of the added returns column.</summary>
    public const string ReturnColumn = "return";

    /// <summary>Why the dataset does not fit (a column missing or of the wrong type), or null when it does.</summary>
    public string? Problem(DatasetInfo info)
    {
        var date = info.Columns.FirstOrDefault(c => c.Name == DateColumn);
        var price = info.Columns.FirstOrDefault(c => c.Name == PriceColumn);
        if (date?.Type != ColumnType.Date)
            return $"Dataset '{Dataset}' needs a date column '{DateColumn}'; check the lab's settings or import it again.";
        if (price?.Type is not (ColumnType.Real or ColumnType.Integer))
            return $"Dataset '{Dataset}' needs a numeric price column '{PriceColumn}'; check the lab's settings or import it again.";
        return null;
    }
}
