using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Web.Shared;
using Workbench.Workspace;

namespace Workbench.Web.Tests.Shared;

public class ActionRunnerTests : WebTestContext
{
    private ActionRunner Runner => Services.GetRequiredService<ActionRunner>();
    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Fact]
    public async Task Refusal_ShowsItsMessage()
    {
        var ok = await Runner.RunAsync("rename", () => throw new WorkspaceException("The name 'a' is taken."));
        Assert.False(ok);
        Assert.Equal("The name 'a' is taken.", Assert.Single(Snackbar.ShownSnackbars).Message);
    }

    [Fact]
    public async Task ImportError_ShowsItsMessage()
    {
        await Runner.RunAsync("import", () => throw new DataImportException("Line 3 has 4 fields, expected 3.", 3));
        Assert.Equal("Line 3 has 4 fields, expected 3.", Assert.Single(Snackbar.ShownSnackbars).Message);
    }

    [Fact]
    public async Task UnexpectedError_ShowsGenericMessage()
    {
        var result = await Runner.RunAsync<int>("count", () => throw new NullReferenceException("internal"));
        Assert.Equal(0, result);
        var shown = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(ActionRunner.GenericMessage, shown.Message);
        Assert.Equal(Severity.Error, shown.Severity);
    }

    [Fact]
    public async Task Success_ShowsNothing()
    {
        Assert.True(await Runner.RunAsync("noop", () => Task.CompletedTask));
        Assert.Empty(Snackbar.ShownSnackbars);
    }
}
