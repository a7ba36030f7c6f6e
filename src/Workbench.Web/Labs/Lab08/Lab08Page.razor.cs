using Microsoft.AspNetCore.Components;
using Workbench.Workspace;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Labs;

namespace Workbench.Web.Labs.Lab08;

/// <summary>Lab 08: choose a finished run, then explain it with SHAP, partial dependence and permutation importance.</summary>
public partial class Lab08Page
{
    private string? runId;
    private ExplainTarget? target;
    private string? problem;
    private ShapResult? shap;
    private PartialDependenceResult? pdp;
    private ImportanceResult? importance;
    private int grid2d = 50, repeats = 30;
    private string metric = "log_loss";

    [Inject] private IExplanationService Explanations { get; set; } = null!;

    /// <summary>A run to open at once (from a link such as /labs/08-explainability?run=0123456789ab).</summary>
    [SupplyParameterFromQuery(Name = "run")] public string? Run { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Run) && Run != runId)
            await SelectRunAsync(Run);
    }

    private void OnLabLoaded(Lab lab)
    {
        grid2d = int.TryParse(lab.Setting("pdpGrid2d", "50"), out var g) ? g : 50;
        repeats = int.TryParse(lab.Setting("importanceRepeats", "30"), out var r) ? r : 30;
        metric = lab.Setting("importanceMetric", "log_loss");
    }

    // Opening the run loads its model and rows once and checks that the dataset is unchanged.
    private async Task SelectRunAsync(string id)
    {
        (runId, target, problem, shap, pdp, importance) = (id, null, null, null, null, null);
        try
        {
            target = await Explanations.OpenAsync(id);
        }
        catch (WorkspaceException e)
        {
            problem = e.Message;
        }
    }
}
