using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Training;
using Workbench.Tests.Shared;
using Workbench.Web.Datasets;
using Workbench.Web.Experiments;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Experiments;

/// <summary>The training page gives the task and verdicts of <see cref="TrainingRuleCases"/>; the command line's tests
/// assert the same cases, so both hosts agree.</summary>
public class TrainingRuleAgreementTests : ExperimentsTestContext
{
    private async Task<IRenderedComponent<IComponent>> RenderAsync(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rule-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, TrainingRuleCases.Csv(kind));
        try { await Services.GetRequiredService<IDatasetStore>().ImportAsync("data", path, new ReadOptions(DataFormat.Csv)); }
        finally { File.Delete(path); }
        var cut = RenderWithProviders<TrainPage>();
        await cut.InvokeAsync(() => cut.FindComponent<DatasetPicker>().Instance.ValueChanged.InvokeAsync("data"));
        cut.WaitForAssertion(() => Assert.Contains("distinct", cut.Markup));
        await cut.InvokeAsync(() => Find<MudSelect<string>>(cut, "train-trainer-select").Instance.ValueChanged.InvokeAsync("LightGbm"));
        return cut;
    }

    private static IRenderedComponent<T> Find<T>(IRenderedComponent<IComponent> cut, string id) where T : MudComponentBase =>
        cut.FindComponents<T>().Single(c => c.Instance.UserAttributes.TryGetValue("id", out var v) && (string?)v == id);

    private string? Verdict(IRenderedComponent<IComponent> cut)
    {
        cut.Click("#train-start");
        cut.WaitForAssertion(() => Assert.True(Training.Started.Count > 0 || cut.FindAll("#train-problems").Count > 0));
        return Training.Started.Count > 0 ? null : cut.Find("#train-problems").TextContent;
    }

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Labels), MemberType = typeof(TrainingRuleCases))]
    public async Task PickingTheLabel_InfersTheSharedTask(string kind, string task)
    {
        var cut = await RenderAsync(kind);

        cut.Click("#train-start");

        cut.WaitForAssertion(() => Assert.Single(Training.Started));
        Assert.Equal(task, Training.Started[0].Request.Task.ToString().ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Hyperparameters), MemberType = typeof(TrainingRuleCases))]
    public async Task Hyperparameter_GetsTheSharedVerdict(string name, string value, string? problem)
    {
        var trainer = TrainerCatalog.Find("LightGbm");
        if (trainer.Parameters.Single(p => p.Name == name).Kind == HyperParameterKind.Boolean)
        {
            // The page edits a boolean with a switch, which cannot hold other text; its form still judges typed values.
            var form = new TrainingForm();
            form.SelectTrainer(trainer);
            form.Hyperparameters[name] = value;
            Assert.Equal(problem, HyperParameterRules.Check(trainer, form.Hyperparameters).Problems.SingleOrDefault());
            Assert.Equal(problem is null, !form.Problems(trainer).Contains(problem!));
            return;
        }
        var cut = await RenderAsync("two-numbers");
        // The editor shows one text field per number, in catalog order.
        var typed = trainer.Parameters.Where(p => p.Kind is HyperParameterKind.Integer or HyperParameterKind.Real).ToList();
        var field = cut.FindComponents<MudTextField<string>>()
            .Where(f => f.Instance.Class?.Contains("wb-num") == true).ElementAt(typed.FindIndex(p => p.Name == name));
        await cut.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));

        var verdict = Verdict(cut);

        if (problem is null) Assert.Null(verdict);
        else Assert.Contains(problem, verdict);
    }

    [Theory]
    [MemberData(nameof(TrainingRuleCases.Limits), MemberType = typeof(TrainingRuleCases))]
    public async Task FoldsAndTestFraction_GetTheSharedVerdict(int folds, double testFraction, string? problem)
    {
        var cut = await RenderAsync("two-numbers");
        await cut.InvokeAsync(() => Find<MudNumericField<int>>(cut, "train-folds").Instance.ValueChanged.InvokeAsync(folds));
        await cut.InvokeAsync(() => Find<MudNumericField<double>>(cut, "train-test-fraction").Instance.ValueChanged.InvokeAsync(testFraction));

        var verdict = Verdict(cut);

        if (problem is null) Assert.Null(verdict);
        else Assert.Contains(problem, verdict);
    }
}
