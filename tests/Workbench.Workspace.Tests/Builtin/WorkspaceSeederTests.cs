using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Workspace;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Builtin;

public sealed class WorkspaceSeederTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("workbench-seeder-tests-").FullName;
    private ServiceProvider services = null!;
    private IDatasetStore store = null!;

    public Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddWorkbenchWorkspace(Path.Combine(folder, "workspace.db"))
            .BuildServiceProvider();
        services.OpenWorkbenchWorkspace();
        store = services.GetRequiredService<IDatasetStore>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task EmptyWorkspace_GetsEverySmallAvailableBuiltin()
    {
        var reports = new List<double>();

        var installed = await WorkspaceSeeder.SeedAsync(store, new SyncProgress(reports.Add));

        var expected = BuiltinCatalog.Default.All.Where(d => d is { IsLarge: false, Available: true }).Select(d => d.Name).ToList();
        Assert.Equal(expected, installed);
        Assert.DoesNotContain("flights", installed);
        var listed = await store.ListAsync();
        Assert.Equal(expected.Order(), listed.Select(d => d.Name).Order());
        Assert.All(listed, d => Assert.Equal(BuiltinCatalog.Default.Find(d.Name)!.Rows, d.Rows));
        Assert.All(listed, d => Assert.Equal("builtin:" + d.Name, d.Source));
        Assert.Equal(1.0, reports[^1], 9);
        Assert.Equal(reports.Order(), reports); // progress never goes back
    }

    [Fact]
    public async Task NonEmptyWorkspace_IsLeftAlone()
    {
        await BuiltinInstaller.InstallAsync(store, "penguins");

        var installed = await WorkspaceSeeder.SeedAsync(store);

        Assert.Empty(installed);
        Assert.Equal(["penguins"], (await store.ListAsync()).Select(d => d.Name));
    }

    [Fact]
    public async Task InstallUnknown_ThrowsWorkspaceExceptionNamingTheChoices()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => BuiltinInstaller.InstallAsync(store, "iris"));

        Assert.Contains("german-credit", e.Message);
        Assert.Empty(await store.ListAsync());
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
