using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Web.Experiments;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Tests.Experiments;

public class ComparePageTests : ExperimentsTestContext
{
    public ComparePageTests()
    {
        Tracking.Add(FakeTrackingStore.Info("ccccccccccc1", "seed 1", "LightGbm", seed: 1),
            new Dictionary<string, string> { ["NumberOfLeaves"] = "31", ["LearningRate"] = "0.1" }, new RunMetric("roc_auc", 0.81, "test"));
        Tracking.Add(FakeTrackingStore.Info("ccccccccccc2", "seed 2", "LightGbm", seed: 2),
            new Dictionary<string, string> { ["NumberOfLeaves"] = "31", ["LearningRate"] = "0.2" }, new RunMetric("roc_auc", 0.83, "test"));
    }

    private IRenderedComponent<IComponent> RenderCompare(string runs)
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo(nav.GetUriWithQueryParameter("runs", runs));
        return RenderWithProviders<ComparePage>();
    }

    private static List<string> Fields(IRenderedComponent<IComponent> cut) =>
        cut.FindAll("#compare-table tr[data-field]").Select(r => r.GetAttribute("data-field")!).ToList();

    [Fact]
    public async Task DiffOnly_HidesFieldsThatAreEqual()
    {
        var cut = RenderCompare("ccccccccccc1,ccccccccccc2");
        cut.WaitForAssertion(() => Assert.Contains("NumberOfLeaves", Fields(cut)));
        Assert.Contains("trainer", Fields(cut));
        Assert.Contains("test roc_auc", Fields(cut));

        var toggle = cut.FindComponents<MudSwitch<bool>>().Single();
        await cut.InvokeAsync(() => toggle.Instance.ValueChanged.InvokeAsync(true));

        cut.WaitForAssertion(() => Assert.Equal(["seed", "LearningRate", "test roc_auc"], Fields(cut)));
        var learningRate = cut.Find("tr[data-field='LearningRate']").Children.Skip(1).Select(c => c.TextContent.Trim());
        Assert.Equal(["0.1", "0.2"], learningRate);
    }

    [Fact]
    public void MissingRun_IsNamedAndOneRunIsNotEnough()
    {
        var cut = RenderCompare("ccccccccccc1,ffffffffffff");

        cut.WaitForAssertion(() => Assert.Contains("ffffffffffff", cut.Find("#compare-empty").TextContent));
    }
}
