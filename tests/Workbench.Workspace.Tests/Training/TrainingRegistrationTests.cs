using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

public sealed class TrainingRegistrationTests
{
    [Fact]
    public async Task AddWorkbenchWorkspace_ResolvesTrackingRegistryAndTrainingAsSingletons()
    {
        using var temp = new TempWorkspace(migrate: false);
        await using var provider = new ServiceCollection().AddLogging().AddWorkbenchWorkspace(temp.Workspace.Path).BuildServiceProvider();
        provider.OpenWorkbenchWorkspace();
        Assert.IsType<TrackingStore>(provider.GetRequiredService<ITrackingStore>());
        Assert.IsType<ModelRegistry>(provider.GetRequiredService<IModelRegistry>());
        Assert.IsType<TrainingService>(provider.GetRequiredService<ITrainingService>());
        Assert.Same(provider.GetRequiredService<ITrainingService>(), provider.GetRequiredService<ITrainingService>());
        Assert.Contains("wb_runs", temp.Tables());
    }
}
