using Bunit;
using Microsoft.AspNetCore.Components;
using Workbench.Web.Shared;
using Workbench.Web.Shell;
using Workbench.Workspace;

namespace Workbench.Web.Tests.Shell;

public class ErrorBoundaryTests : WebTestContext
{
    /// <summary>A page body that fails while rendering.</summary>
    private sealed class FailingBody : ComponentBase
    {
        [Parameter] public Exception Error { get; set; } = new InvalidOperationException("secret internal detail");

        protected override void OnInitialized() => throw Error;
    }

    private IRenderedComponent<MainLayout> RenderLayout(Exception error) =>
        Render<MainLayout>(p => p.Add(l => l.Body, b =>
        {
            b.OpenComponent<FailingBody>(0);
            b.AddComponentParameter(1, nameof(FailingBody.Error), error);
            b.CloseComponent();
        }));

    [Fact]
    public void UnexpectedError_ShowsGenericMessageAndTryAgain()
    {
        var cut = RenderLayout(new InvalidOperationException("secret internal detail"));

        var panel = cut.Find("#error-panel");
        Assert.Contains(ActionRunner.GenericMessage, panel.TextContent);
        Assert.DoesNotContain("secret internal detail", panel.TextContent);
        Assert.NotNull(cut.Find("#error-retry"));
        Assert.NotEmpty(cut.FindAll(".mud-appbar"));   // the shell around the body survives
    }

    [Fact]
    public void WorkspaceRefusal_ShowsItsOwnMessage()
    {
        var cut = RenderLayout(new WorkspaceException("Dataset 'x' does not exist."));
        Assert.Contains("Dataset 'x' does not exist.", cut.Find("#error-panel").TextContent);
    }

    [Fact]
    public void TryAgain_RendersTheBodyAgain()
    {
        var cut = RenderLayout(new InvalidOperationException("boom"));
        cut.Click("#error-retry");
        Assert.NotNull(cut.Find("#error-panel"));   // it fails again, and the boundary catches it again
    }
}
