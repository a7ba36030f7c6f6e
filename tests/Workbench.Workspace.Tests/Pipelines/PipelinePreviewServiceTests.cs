using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Workspace.Pipelines;

namespace Workbench.Workspace.Tests.Pipelines;

public class PipelinePreviewServiceTests
{
    private static readonly double[] Income = [10, 20, double.NaN, 40, 80];

    private static async Task<TempWorkspace> WithTableAsync()
    {
        var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("loans", TempWorkspace.Table("loans",
            DataColumn.Numeric("income", ColumnType.Real, Income),
            DataColumn.Text("city", ColumnType.Categorical, ["b", "a", "b", null, "c"]),
            DataColumn.Numeric("default", ColumnType.Integer, [0, 1, 0, 0, 1])), "test");
        return temp;
    }

    [Fact]
    public async Task Preview_FitsWithoutTheLabelAndTransformsTheSameRows()
    {
        using var temp = await WithTableAsync();
        var service = new PipelinePreviewService(temp.Datasets);
        var spec = new PipelineSpec([new ImputeStep(["income"], ImputeStrategy.Mean), new ScaleStep(["income"], ScaleMethod.Standard)]);

        var preview = await service.PreviewAsync(new PreviewRequest("loans", "default", spec));

        Assert.Null(preview.Error);
        Assert.False(preview.Sampled);
        Assert.Equal(["income", "city"], preview.Input.Columns.Select(c => c.Name));
        Assert.Equal(["income", "city"], preview.Output!.Columns.Select(c => c.Name));
        // /usr/bin/python3: SimpleImputer().fit_transform([[10],[20],[nan],[40],[80]]) -> fill 37.5;
        // StandardScaler().fit([[10],[20],[37.5],[40],[80]]): scale_ 23.979157616563597, first row -1.1468292773139113
        var fill = (FittedImpute)preview.Fitted!.Steps[0];
        Assert.Equal(37.5, fill.Fills[0].Number);
        var scale = (FittedScale)preview.Fitted.Steps[1];
        Assert.Equal(23.979157616563597, scale.Parameters[0].Scale, 12);
        Assert.Equal(-1.1468292773139113, preview.Output["income"].Numbers![0], 12);
    }

    [Fact]
    public async Task StepThatDoesNotFit_ReturnsTheErrorWithItsStep()
    {
        using var temp = await WithTableAsync();
        var service = new PipelinePreviewService(temp.Datasets);
        var spec = new PipelineSpec([new ImputeStep(["income"], ImputeStrategy.Median), new ScaleStep(["city"], ScaleMethod.MinMax)]);

        var preview = await service.PreviewAsync(new PreviewRequest("loans", null, spec));

        Assert.Null(preview.Fitted);
        Assert.Equal(1, preview.ErrorStep);
        Assert.StartsWith("Step 2 (scale): column 'city' is categorical", preview.Error);
    }

    [Fact]
    public async Task LargeDataset_IsPreviewedOnASeededSample()
    {
        using var temp = new TempWorkspace();
        var values = Enumerable.Range(0, 500).Select(i => (double)i).ToArray();
        await temp.Datasets.SaveAsync("big", TempWorkspace.Table("big", DataColumn.Numeric("x", ColumnType.Real, values)), "test");
        var service = new PipelinePreviewService(temp.Datasets);
        var spec = new PipelineSpec([new ScaleStep(["x"], ScaleMethod.MinMax)]);

        var first = await service.PreviewAsync(new PreviewRequest("big", null, spec, MaxRows: 100));
        var again = await new PipelinePreviewService(temp.Datasets).PreviewAsync(new PreviewRequest("big", null, spec, MaxRows: 100));

        Assert.True(first.Sampled);
        Assert.Equal(500, first.DatasetRows);
        Assert.Equal(100, first.Input.RowCount);
        Assert.Equal(first.Input["x"].Numbers, again.Input["x"].Numbers);
        Assert.Equal(100, first.Input["x"].Numbers!.Distinct().Count());
        Assert.True(first.Input["x"].Numbers!.SequenceEqual(first.Input["x"].Numbers!.Order()), "rows keep their order");
    }

    [Fact]
    public async Task UnknownDatasetOrLabel_IsRefused()
    {
        using var temp = await WithTableAsync();
        var service = new PipelinePreviewService(temp.Datasets);
        var spec = new PipelineSpec([]);

        var noData = await Assert.ThrowsAsync<WorkspaceException>(() => service.PreviewAsync(new PreviewRequest("nope", null, spec)));
        var noLabel = await Assert.ThrowsAsync<WorkspaceException>(() => service.PreviewAsync(new PreviewRequest("loans", "target", spec)));

        Assert.Contains("no dataset named 'nope'", noData.Message);
        Assert.Contains("no column 'target'", noLabel.Message);
    }
}
