using Workbench.Ml.Scenarios;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Scenarios;

/// <summary>Generates loan-default scenarios and writes them into the workspace as datasets.</summary>
public interface IScenarioService
{
    /// <summary>Generates the scenario and saves it as a new dataset, all or nothing; progress runs 0..1 over
    /// generating (first 40 %) and saving.</summary>
    /// <exception cref="WorkspaceException">The name is invalid or taken, or a setting is invalid (the message says which and how to fix it).</exception>
    Task<DatasetInfo> WriteAsync(string name, LoanScenarioOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>The first rows and the course over time of a scenario, computed from a sample, without writing anything.</summary>
    /// <exception cref="WorkspaceException">A setting is invalid.</exception>
    Task<LoanScenarioPreview> PreviewAsync(LoanScenarioOptions options, CancellationToken cancellationToken = default);
}
