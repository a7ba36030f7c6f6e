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

    private static bool IsLabPage(Type type) =>
        type.GetCustomAttributes<RouteAttribute>().Any(r => r.Template.StartsWith("/labs/", StringComparison.Ordinal));

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

        // Every page has one h1 and renders without reaching the error boundary.
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("h1")), TimeSpan.FromSeconds(5));
        Assert.Empty(cut.FindAll("#error-panel"));
        if (!IsLabPage(type))
            return;

        // Every lab page sits in the lab frame: its lab.md objectives and numbered steps beside the working components.
        Assert.Empty(cut.FindAll("#lab-missing"));
        Assert.NotEmpty(cut.Find("#lab-objectives").QuerySelectorAll("li"));
        Assert.NotEmpty(cut.Find("#lab-steps").QuerySelectorAll(".wb-step"));
        var sections = cut.FindAll(".wb-section .wb-step-number").Select(n => n.TextContent.Trim()).ToList();
        var steps = cut.FindAll("#lab-steps .wb-step-number").Select(n => n.TextContent.Trim()).ToList();
        Assert.All(sections, s => Assert.Contains(s, steps));
    }

    [Fact]
    public void Pages_IncludeHomeAndFirstThreeLabs()
    {
        var names = PageTypeNames();
        Assert.Contains(typeof(Workbench.Web.Home.Home).FullName, names);
        Assert.Contains(typeof(Workbench.Web.Labs.Lab01.Lab01Page).FullName, names);
        Assert.Contains(typeof(Workbench.Web.Labs.Lab02.Lab02Page).FullName, names);
        Assert.Contains(typeof(Workbench.Web.Labs.Lab03.Lab03Page).FullName, names);
    }
}
