using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace;
using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Tests.Commands;

/// <summary>Shortcuts for the training command tests: import generated data, train, count runs, read the tracking store.</summary>
public static class TrainingCli
{
    /// <summary>Writes <paramref name="csv"/> and imports it as dataset <paramref name="name"/>.</summary>
    public static async Task ImportAsync(this CliRun cli, string name, string csv) =>
        await cli.RunJsonAsync("datasets", "import", cli.WriteFile(name + ".csv", csv), "--name", name);

    /// <summary>Trains with the given extra arguments and returns the printed JSON.</summary>
    public static Task<JsonElement> TrainAsync(this CliRun cli, string dataset, params string[] args) =>
        cli.RunJsonAsync(["train", "--dataset", dataset, "--label", "y", .. args]);

    /// <summary>Every run in the workspace, nested ones included.</summary>
    public static async Task<int> RunCountAsync(this CliRun cli) =>
        (await cli.RunJsonAsync("runs", "list", "--all")).GetArrayLength();

    /// <summary>The workspace's tracking store, as the web app opens it.</summary>
    public static async Task<T> WithStoreAsync<T>(this CliRun cli, Func<ITrackingStore, Task<T>> use)
    {
        var services = new ServiceCollection();
        services.AddWorkbenchWorkspace(cli.Workspace);
        await using var provider = services.BuildServiceProvider();
        provider.OpenWorkbenchWorkspace();
        return await use(provider.GetRequiredService<ITrackingStore>());
    }
}
