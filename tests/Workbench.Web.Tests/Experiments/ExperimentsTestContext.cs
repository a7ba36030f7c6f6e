using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Web.Tests.Experiments;

/// <summary>The bunit base of the experiment pages: the real workspace services with in-memory tracking, registry and
/// training service in front of them.</summary>
public abstract class ExperimentsTestContext : WebTestContext
{
    protected FakeTrackingStore Tracking { get; } = new();
    protected FakeModelRegistry Registry { get; } = new();
    protected FakeTrainingService Training { get; } = new();

    protected ExperimentsTestContext()
    {
        Services.AddSingleton<ITrackingStore>(Tracking);
        Services.AddSingleton<IModelRegistry>(Registry);
        Services.AddSingleton<ITrainingService>(Training);
    }
}
