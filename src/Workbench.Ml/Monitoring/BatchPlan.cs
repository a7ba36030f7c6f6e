using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Monitoring;

/// <summary>One batch of the stream: its rows (indices into the stream table), name and first date.</summary>
internal sealed record PlannedBatch(int[] Rows, string Label, double? Start);

/// <summary>Cuts a stream into batches by row count or by calendar period of a date column.</summary>
internal static class BatchPlan
{
    public static IReadOnlyList<PlannedBatch> Create(TabularData stream, MonitoringOptions options)
    {
        if (options.BatchBy == BatchBy.Rows) return ByRows(stream, options);
        if (options.TimeColumn is null)
            throw new MonitoringException($"Batching by {options.BatchBy.ToString().ToLowerInvariant()} needs a date column; choose one, or batch by rows.");
        var column = ColumnOf(stream, options.TimeColumn);
        if (column.Type != ColumnType.Date)
            throw new MonitoringException($"'{column.Name}' is {column.Type.ToString().ToLowerInvariant()}, not a date; choose a date column to batch by time.");
        var days = column.Numbers!;
        var order = Enumerable.Range(0, days.Length).Where(i => !double.IsNaN(days[i])).OrderBy(i => days[i]).ToArray();
        if (order.Length == 0) throw new MonitoringException($"The date column '{column.Name}' has no values.");
        return order.GroupBy(i => PeriodKey(DateValues.FromDays(days[i]), options.BatchBy))
            .Select(g => new PlannedBatch(g.ToArray(), g.Key, days[g.First()]))
            .ToList();
    }

    private static IReadOnlyList<PlannedBatch> ByRows(TabularData stream, MonitoringOptions options)
    {
        if (options.BatchRows < 1) throw new MonitoringException($"Rows per batch must be at least 1 (it is {options.BatchRows}).");
        int[] order;
        double[]? days = null;
        if (options.TimeColumn is not null)
        {
            var column = ColumnOf(stream, options.TimeColumn);
            days = column.Numbers ?? throw new MonitoringException($"'{column.Name}' is text; choose a date or number column to order the stream.");
            var d = days;
            order = Enumerable.Range(0, stream.RowCount).OrderBy(i => double.IsNaN(d[i]) ? double.PositiveInfinity : d[i]).ToArray();
        }
        else order = Enumerable.Range(0, stream.RowCount).ToArray();
        var batches = new List<PlannedBatch>();
        for (var start = 0; start < order.Length; start += options.BatchRows)
        {
            var rows = order[start..Math.Min(order.Length, start + options.BatchRows)];
            var label = string.Create(CultureInfo.InvariantCulture, $"rows {start + 1:N0}–{start + rows.Length:N0}");
            batches.Add(new PlannedBatch(rows, label, days is null ? null : days[rows[0]]));
        }
        return batches;
    }

    private static DataColumn ColumnOf(TabularData table, string name) =>
        table.Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new MonitoringException($"The stream has no column '{name}'; it has: {string.Join(", ", table.Columns.Select(c => c.Name))}.");

    private static string PeriodKey(DateTime date, BatchBy by) => by switch
    {
        BatchBy.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BatchBy.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}"),
        _ => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };
}
