using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Data;
using Workbench.Workspace.Storage;

namespace Workbench.Workspace.Tests.Storage;

public class FormatComparisonTests
{
    [Fact]
    public async Task EveryFormat_IsMeasuredAndTempFilesRemoved()
    {
        using var temp = new TempWorkspace();
        const int rows = 5000;
        await temp.Datasets.SaveAsync("mixed", TempWorkspace.Table("m",
            DataColumn.Numeric("i", ColumnType.Integer, Enumerable.Range(0, rows).Select(i => i % 7 == 0 ? double.NaN : i).ToArray()),
            DataColumn.Numeric("r", ColumnType.Real, Enumerable.Range(0, rows).Select(i => i / 3.0).ToArray()),
            DataColumn.Numeric("b", ColumnType.Boolean, Enumerable.Range(0, rows).Select(i => (double)(i % 2)).ToArray()),
            DataColumn.Numeric("d", ColumnType.Date, Enumerable.Range(0, rows).Select(i => (double)(i % 400)).ToArray()),
            DataColumn.Text("t", ColumnType.Categorical, Enumerable.Range(0, rows).Select(i => i % 5 == 0 ? null : "cat \"" + i % 4).ToArray())), "test");
        var before = Directory.GetDirectories(Path.GetTempPath(), "workbench-formats-*").Length;
        var comparison = new FormatComparison(temp.Datasets, NullLogger<FormatComparison>.Instance);
        var results = await comparison.CompareAsync("mixed");
        Assert.Equal(["CSV", "Parquet", "SQLite"], results.Select(r => r.Format));
        Assert.All(results, r =>
        {
            Assert.Equal(rows, r.Rows);
            Assert.True(r.SizeBytes > 10_000, $"{r.Format}: {r.SizeBytes} bytes");
            Assert.True(r.WriteTime > TimeSpan.Zero && r.ReadTime > TimeSpan.Zero);
        });
        // Parquet is columnar and compressed: smaller than the text CSV for this table.
        Assert.True(results[1].SizeBytes < results[0].SizeBytes);
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "workbench-formats-*").Length);
    }
}
