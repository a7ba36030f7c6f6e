using Microsoft.AspNetCore.Components;
using Workbench.Ml.Explain;
using Workbench.Web.Shared;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Explain;

/// <summary>Computes a run's SHAP values in the background with the chosen settings and shows the result.</summary>
public partial class ShapPanel
{
    private static readonly (string Value, string Text)[] Methods =
    [
        ("auto", "Automatic (exact for the model)"), (nameof(ExplainMethod.TreePathDependent), "TreeSHAP, path-dependent"),
        (nameof(ExplainMethod.TreeInterventional), "TreeSHAP, interventional"), (nameof(ExplainMethod.Linear), "Linear closed form"),
        (nameof(ExplainMethod.ExactEnumeration), "Exact enumeration (≤ 12 columns)"),
        (nameof(ExplainMethod.PermutationSampling), "Permutation sampling"),
    ];

    private int maxRows = ShapRequest.Defaults.MaxRows;
    private string method = "auto";
    private int backgroundRows = ExplainOptions.Defaults.BackgroundRows;
    private int classIndex;
    private int seed = 1;
    private IJob<ShapResult>? job;
    private ShapResult? result;
    private string? shownRun;

    [Inject] private IExplanationService Explanations { get; set; } = null!;

    /// <summary>The run to explain.</summary>
    [Parameter, EditorRequired] public ExplainTarget Target { get; set; } = null!;

    /// <summary>Raised with each result shown (computed or read from the cache).</summary>
    [Parameter] public EventCallback<ShapResult> OnResult { get; set; }

    private bool Running => job?.State == JobState.Running;

    private bool NeedsBackground => method is nameof(ExplainMethod.TreeInterventional) or nameof(ExplainMethod.ExactEnumeration)
        or nameof(ExplainMethod.PermutationSampling);

    // A run explained before shows its cached values with the default settings at once.
    protected override async Task OnParametersSetAsync()
    {
        if (shownRun == Target.RunId) return;
        (shownRun, result, job) = (Target.RunId, null, null);
        result = await Explanations.FindExplanationAsync(new ShapRequest(Target.RunId));
        if (result is not null) await OnResult.InvokeAsync(result);
    }

    private void Compute()
    {
        ExplainMethod? forced = method == "auto" ? null : Enum.Parse<ExplainMethod>(method);
        var request = new ShapRequest(Target.RunId, maxRows, seed, forced, forced == ExplainMethod.TreeInterventional, backgroundRows, classIndex);
        job = Follow(Explanations.StartExplain(request, JobOwner));
    }

    private async Task OnFinishedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || job.State != JobState.Completed) return;
        result = job.Result!;
        await OnResult.InvokeAsync(result);
    }
}
