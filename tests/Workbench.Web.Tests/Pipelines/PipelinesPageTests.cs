using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Web.Datasets;
using Workbench.Web.Pipelines;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Pipelines;

namespace Workbench.Web.Tests.Pipelines;

public class PipelinesPageTests : WebTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly double[] Age = [22, 35, double.NaN, 58, 41, 29];

    private async Task<IRenderedComponent<IComponent>> RenderWithDatasetAsync()
    {
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("people", new TabularData("people", [
            DataColumn.Numeric("age", ColumnType.Real, Age),
            DataColumn.Text("city", ColumnType.Categorical, ["Oslo", "Rome", "Oslo", null, "Lima", "Rome"]),
            DataColumn.Numeric("bought", ColumnType.Boolean, [0, 1, 0, 1, 1, 0]),
        ]), "test");
        var cut = RenderWithProviders<PipelinesPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindComponents<DatasetPicker>()));
        await cut.InvokeAsync(() => cut.FindComponent<DatasetPicker>().Instance.ValueChanged.InvokeAsync("people"));
        return cut;
    }

    [Fact]
    public void EmptyWorkspace_ShowsTheEmptyStatesAndADisabledPreview()
    {
        var cut = RenderWithProviders<PipelinesPage>();

        Assert.NotNull(cut.Find("#preview-no-dataset"));
        Assert.NotNull(cut.Find("#steps-empty"));
        Assert.NotNull(cut.Find("#saved-empty"));
        Assert.True(cut.Find("#pipeline-preview").HasAttribute("disabled"));
        Assert.True(cut.Find("#pipeline-save").HasAttribute("disabled"));
    }

    [Fact]
    public async Task AddedStepWithoutColumns_ShowsWhatToFixAndCannotBeSaved()
    {
        var cut = await RenderWithDatasetAsync();

        cut.Click("#add-step-scale");

        Assert.Contains("Scale", cut.Find("#step-0 .step-title").TextContent);
        Assert.Equal("Choose at least one column.", cut.Find("#step-0-error").TextContent.Trim());
        // A scale step offers the numeric columns only, never the text column city.
        var offered = cut.FindAll("#step-0-columns .col-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["age", "bought"], offered);
        Assert.True(cut.Find("#pipeline-preview").HasAttribute("disabled"));

        cut.Click("#step-0-columns-0");

        Assert.Empty(cut.FindAll("#step-0-error"));
        Assert.False(cut.Find("#pipeline-preview").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Preview_ShowsTransformedRowsChartAndFittedParameters()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-impute");
        cut.Click("#step-0-columns-0");
        cut.Click("#add-step-scale");
        cut.Click("#step-1-columns-0");
        cut.Click("#add-step-one-hot");
        cut.Click("#step-2-columns-0");

        cut.Click("#pipeline-preview");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#preview-rows tbody tr")), Wait);
        Assert.Equal(6, cut.FindAll("#preview-rows tbody tr").Count);
        var headers = cut.FindAll("#preview-rows thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["#", "age", "city_Lima", "city_Oslo", "city_Rome", "city_nan", "bought"], headers);
        // /usr/bin/python3: SimpleImputer().fit([[22],[35],[nan],[58],[41],[29]]).statistics_ -> [37.]
        //   StandardScaler().fit([[22],[35],[37],[58],[41],[29]]): mean_ 37.0, scale_ 11.180339887498949, first row -1.3416407864998738
        var impute = cut.Find("#fitted-0 tbody tr").Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["age", "37", "yes", "—"], impute);
        var scale = cut.Find("#fitted-1 tbody tr").Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["age", "37", "11.1803"], scale);
        Assert.Contains("Lima, Oslo, Rome, nan (missing)", cut.Find("#fitted-2").TextContent);
        Assert.Contains("-1.34164", cut.Find("#preview-rows tbody tr").TextContent);
        Assert.NotNull(cut.Find("#preview-before-after"));
        Assert.Contains("all 6 rows", cut.Find("#preview-summary").TextContent);
        Assert.Empty(cut.FindAll("#preview-stale"));

        cut.Click("#add-step-drop");

        Assert.NotNull(cut.Find("#preview-stale"));
    }

    [Fact]
    public async Task RenameOntoATakenName_IsRefusedAndDeleteRemovesThePipeline()
    {
        var store = Services.GetRequiredService<IPipelineStore>();
        await store.SaveAsync("first", new PipelineSpec([new DropStep(["age"])]));
        await store.SaveAsync("second", new PipelineSpec([new DropStep(["city"])]));
        var cut = await RenderWithDatasetAsync();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#saved-pipelines tbody tr").Count));

        cut.Click("#saved-0-rename");
        cut.Find("#saved-0-new-name").Input("SECOND");
        cut.Click("#saved-0-rename-ok");

        cut.WaitForAssertion(() => Assert.Contains("'second' already exists", cut.Find("#pipeline-message").TextContent), Wait);
        cut.Click("#saved-1-delete");
        cut.Click("#saved-1-delete-ok");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#saved-pipelines tbody tr")), Wait);
        Assert.Equal(["first"], (await store.ListAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task UploadedJsonFile_ReplacesTheSteps()
    {
        var cut = await RenderWithDatasetAsync();
        var json = new PipelineSpec([new PowerStep(["age"], PowerMethod.Log1p), new FormulaStep("age2", "[age] * [age]")]).ToJson();

        cut.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText(json, "p.json", contentType: "application/json"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#step-list > .mud-paper").Count), Wait);
        Assert.Contains("Power transform", cut.Find("#step-0 .step-title").TextContent);
        Assert.Equal("[age] * [age]", cut.Find("#step-1-expression").GetAttribute("value"));
    }

    [Fact]
    public async Task StepThatDoesNotFitTheData_ShowsTheErrorNextToThatStep()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Find("#spec-paste").Input("""{"version": 1, "steps": [{"kind": "drop", "columns": ["bought"]}, {"kind": "scale", "columns": ["bought"], "method": "standard"}]}""");
        cut.Click("#spec-import");
        Assert.Equal(2, cut.FindAll("#step-list > .mud-paper").Count);

        cut.Click("#pipeline-preview");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#step-1-error")), Wait);
        Assert.StartsWith("Step 2 (scale): column 'bought' is not in the table", cut.Find("#step-1-error").TextContent.Trim());
        Assert.Empty(cut.FindAll("#step-0-error"));
        Assert.Empty(cut.FindAll("#preview-rows"));
    }

    [Fact]
    public async Task MalformedJson_IsRefusedWithItsPositionAndKeepsTheSteps()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-drop");

        cut.Find("#spec-paste").Input("{\"version\": 1, \"steps\": [");
        cut.Click("#spec-import");

        Assert.Contains("cannot be read at line 1", cut.Find("#spec-error").TextContent);
        Assert.Single(cut.FindAll("#step-list > .mud-paper"));
    }

    [Fact]
    public async Task SavedPipeline_IsListedAndLoadsItsSteps()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-bin");
        cut.Click("#step-0-columns-0");
        cut.Find("#pipeline-name").Input("age bins");
        cut.Click("#pipeline-save");

        cut.WaitForAssertion(() => Assert.Contains("Saved 'age bins' (1 steps)", cut.Find("#pipeline-message").TextContent), Wait);
        var saved = await Services.GetRequiredService<IPipelineStore>().GetAsync("age bins");
        var bin = Assert.IsType<BinStep>(saved!.Spec.Steps.Single());
        Assert.Equal(["age"], bin.Columns);
        Assert.Equal((BinStrategy.Quantile, 5), (bin.Strategy, bin.Bins));
        Assert.Contains("age bins", cut.Find("#saved-pipelines").TextContent);

        cut.Click("#step-0-remove");
        Assert.NotNull(cut.Find("#steps-empty"));
        cut.Click("#saved-0-load");

        Assert.Contains("Bin", cut.Find("#step-0 .step-title").TextContent);
        Assert.Contains("age", cut.Find("#step-0-columns .mud-chip-color-primary").TextContent);
    }

    [Fact]
    public async Task LaterSteps_OfferTheColumnsEarlierStepsLeave()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-drop");
        cut.Click("#step-0-columns-0");
        cut.Click("#add-step-formula");
        cut.Find("#step-1-name").Input("double_bought");
        cut.Find("#step-1-expression").Input("[bought] * 2");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#step-1-error")), Wait);   // the formula fields are debounced
        cut.Click("#add-step-scale");

        // age was dropped by step 1 and double_bought was added by step 2, so step 3 may scale bought and double_bought.
        // The chips follow the debounced formula fields, so wait for the render that includes them.
        cut.WaitForAssertion(() => Assert.Equal(["bought", "double_bought"],
            cut.FindAll("#step-2-columns .col-chip").Select(c => c.TextContent.Trim()).ToList()), Wait);
        Assert.Empty(cut.FindAll("#step-1-error"));
    }

    [Fact]
    public async Task FormulaWithASyntaxError_ShowsTheCharacterAtFault()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-formula");
        cut.Find("#step-0-name").Input("r");

        cut.Find("#step-0-expression").Input("[age] / / 2");

        cut.WaitForAssertion(() => Assert.StartsWith("Formula error at character 9", cut.Find("#step-0-error").TextContent.Trim()), Wait);
        Assert.True(cut.Find("#pipeline-save").HasAttribute("disabled"));
    }

    [Fact]
    public async Task MoveButtons_ReorderTheSteps()
    {
        var cut = await RenderWithDatasetAsync();
        cut.Click("#add-step-impute");
        cut.Click("#add-step-formula");

        cut.Click("#step-1-up");

        Assert.Contains("Formula", cut.Find("#step-0 .step-title").TextContent);
        Assert.Contains("Impute", cut.Find("#step-1 .step-title").TextContent);
        Assert.True(cut.Find("#step-0-up").HasAttribute("disabled"));
        Assert.True(cut.Find("#step-1-down").HasAttribute("disabled"));
    }
}
