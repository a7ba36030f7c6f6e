using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Workbench.Web.Tests.Labs;

public class LabPageSmokeTests : WebTestContext
{
    /// <summary>The home page and every page under /labs/ without route parameters, found by reflection so new lab
    /// pages are covered without editing this test.</summary>
    public static TheoryData<string> Pages() => new(PageTypeNames());

    private static List<string> PageTypeNames() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any(r =>
                r.Template == "/" || r.Template.StartsWith("/labs/", StringComparison.Ordinal) && !r.Template.Contains('{')))
            .Select(t => t.FullName!).Order().ToList();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_RendersOnEmptyWorkspace(string typeName)
    {
        var type = typeof(Program).Assembly.GetType(typeName)!;
        var cut = Render(builder =>
        {
            builder.OpenComponent<MudBlazor.MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent(1, type);
            builder.CloseComponent();
        });

        // Pages built on LabShell show their lab.md objectives; every page renders without reaching the error boundary.
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("h1, h4")), TimeSpan.FromSeconds(5));
        Assert.Empty(cut.FindAll("#lab-missing"));
        Assert.Empty(cut.FindAll("#error-panel"));
        if (cut.FindAll("#lab-steps").Count > 0)
            Assert.NotEmpty(cut.Find("#lab-objectives").QuerySelectorAll("li"));
    }

    [Fact]
    public void Pages_IncludeHomeAndFirstTwoLabs()
    {
        var names = PageTypeNames();
        Assert.Contains(typeof(Workbench.Web.Home.Home).FullName, names);
        Assert.Contains(typeof(Workbench.Web.Labs.Lab01.Lab01Page).FullName, names);
        Assert.Contains(typeof(Workbench.Web.Labs.Lab02.Lab02Page).FullName, names);
    }
}
