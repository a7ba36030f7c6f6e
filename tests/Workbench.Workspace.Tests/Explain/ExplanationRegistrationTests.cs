using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Explain;

namespace Workbench.Workspace.Tests.Explain;

public sealed class ExplanationRegistrationTests : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AddWorkbenchWorkspace_RegistersOneExplanationService()
    {
        var services = new ServiceCollection().AddLogging().AddWorkbenchWorkspace(Path.Combine(_temp.Folder, "app.db"));
        await using var provider = services.BuildServiceProvider();
        provider.OpenWorkbenchWorkspace();

        var service = provider.GetRequiredService<IExplanationService>();

        Assert.IsType<ExplanationService>(service);
        Assert.Same(service, provider.GetRequiredService<IExplanationService>());
        Assert.Empty(await service.ListRunsAsync());
        Assert.Equal(["rmse", "mae", "r2", "mape"], service.MetricsFor("Regression"));
    }
}
