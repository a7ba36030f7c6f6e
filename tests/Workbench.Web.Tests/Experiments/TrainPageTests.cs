using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Training;
using Workbench.Web.Datasets;
using Workbench.Web.Experiments;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Experiments;

public class TrainPageTests : ExperimentsTestContext
{
    private async Task<IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>> RenderWithDatasetAsync()
    {
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("loans", new TabularData("loans",
        [
            DataColumn.Numeric("income", ColumnType.Real, [1.5, 2.5, 3.0, 4.2, 5.1, 6.3]),
            DataColumn.Text("city", ColumnType.Categorical, ["a", "b", "a", "b", "a", "b"]),
            DataColumn.Text("default", ColumnType.Categorical, ["yes", "no", "no", "yes", "no", "no"]),
        ]), "test");
        var cut = RenderWithProviders<TrainPage>();
        var picker = cut.FindComponent<DatasetPicker>();
        await cut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("loans"));
        return cut;
    }

    private static IRenderedComponent<MudSelect<string>> Select(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string id) =>
        cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.UserAttributes.TryGetValue("id", out var v) && (string?)v == id);

    [Fact]
    public async Task PickingADataset_TakesTheLastColumnAsLabelAndInfersBinary()
    {
        var cut = await RenderWithDatasetAsync();

        // The label, task and features themselves reach the request: see Train_StartsARunWithTheFormSettings.
        cut.WaitForAssertion(() => Assert.Contains("'default' has exactly 2 distinct values.", cut.Markup));
        Assert.Contains("Features (2 of 2)", cut.Markup);
    }

    [Fact]
    public async Task ChangingTrainer_ShowsItsHyperparametersWithDefaults()
    {
        var cut = await RenderWithDatasetAsync();
        var trainer = Select(cut, "train-trainer-select");

        await cut.InvokeAsync(() => trainer.Instance.ValueChanged.InvokeAsync("FastTree"));

        var expected = TrainerCatalog.Find("FastTree").Parameters;
        cut.WaitForAssertion(() => Assert.Equal(expected.Count, cut.FindAll("#hp-table tbody tr").Count));
        var rows = cut.FindAll("#hp-table tbody tr");
        Assert.Equal(expected.Select(p => p.Name), rows.Select(r => r.GetAttribute("data-name")));
        Assert.Equal(expected.Select(p => p.Default), rows.Select(r => r.QuerySelector(".hp-default")!.TextContent.Trim()));

        await cut.InvokeAsync(() => trainer.Instance.ValueChanged.InvokeAsync("MostFrequent"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#hp-none")));
    }

    [Fact]
    public async Task Train_StartsARunWithTheFormSettings()
    {
        var cut = await RenderWithDatasetAsync();
        await cut.InvokeAsync(() => Select(cut, "train-trainer-select").Instance.ValueChanged.InvokeAsync("LightGbm"));

        cut.Click("#train-start");

        cut.WaitForAssertion(() => Assert.Single(Training.Started));
        var request = Training.Started[0];
        Assert.Equal("loans", request.Dataset);
        Assert.Equal("default", request.Request.Label);
        Assert.Equal(TaskKind.Binary, request.Request.Task);
        Assert.Equal("LightGbm", request.Request.Trainer);
        Assert.Equal(["income", "city"], request.Request.Features);
        Assert.Equal(TrainerCatalog.Find("LightGbm").Parameters.Count, request.Request.Hyperparameters!.Count);
        Assert.Equal(5, request.Folds);
        Assert.Equal(SplitKind.Stratified, request.Split.Kind);
        Assert.Equal("web", request.Source);
        cut.WaitForAssertion(() => Assert.Contains("0123456789ab", cut.Find("#train-run-link").TextContent));
    }

    [Fact]
    public async Task BadPipelineJson_BlocksTrainingWithTheReason()
    {
        var cut = await RenderWithDatasetAsync();
        var radios = cut.FindComponents<MudRadioGroup<PipelineChoice.Mode>>().Single();
        await cut.InvokeAsync(() => radios.Instance.ValueChanged.InvokeAsync(PipelineChoice.Mode.Json));
        var json = cut.FindComponents<MudTextField<string>>().Single(t => t.Instance.UserAttributes.TryGetValue("id", out var v) && (string?)v == "train-pipeline-json");
        await cut.InvokeAsync(() => json.Instance.ValueChanged.InvokeAsync("{\"version\": 1, \"steps\": [ }"));

        cut.Click("#train-start");

        cut.WaitForAssertion(() => Assert.Contains("pipeline JSON cannot be read", cut.Find("#train-problems").TextContent));
        Assert.Empty(Training.Started);
    }

    [Fact]
    public async Task SavedPipeline_IsSentWithTheRequest()
    {
        await Services.GetRequiredService<Workbench.Workspace.Pipelines.IPipelineStore>()
            .SaveAsync("no-steps", new Workbench.Ml.Pipelines.PipelineSpec([]), "loans", "default");
        var cut = await RenderWithDatasetAsync();
        var radios = cut.FindComponents<MudRadioGroup<PipelineChoice.Mode>>().Single();
        await cut.InvokeAsync(() => radios.Instance.ValueChanged.InvokeAsync(PipelineChoice.Mode.Saved));
        await cut.InvokeAsync(() => Select(cut, "train-pipeline-saved").Instance.ValueChanged.InvokeAsync("no-steps"));

        cut.Click("#train-start");

        cut.WaitForAssertion(() => Assert.Single(Training.Started));
        Assert.NotNull(Training.Started[0].Request.Pipeline);
        Assert.Empty(Training.Started[0].Request.Pipeline!.Steps);
    }
}
