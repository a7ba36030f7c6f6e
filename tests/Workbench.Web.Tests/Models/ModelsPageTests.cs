using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Web.Models;
using Workbench.Web.Tests.Experiments;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Tests.Models;

public class ModelsPageTests : ExperimentsTestContext
{
    [Fact]
    public async Task AliasButton_MovesChampionToAnotherVersion()
    {
        Tracking.Add(FakeTrackingStore.Info("ddddddddddd1", "v1 run", "FastTree"), new Dictionary<string, string>(), new RunMetric("roc_auc", 0.75, "test"));
        Tracking.Add(FakeTrackingStore.Info("ddddddddddd2", "v2 run", "LightGbm"), new Dictionary<string, string>(), new RunMetric("roc_auc", 0.8, "test"));
        await Registry.RegisterAsync("credit", "ddddddddddd1");
        await Registry.RegisterAsync("credit", "ddddddddddd2");
        await Registry.SetAliasAsync("credit", "champion", 1);
        var cut = RenderWithProviders<ModelsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#model-0-versions tr[data-version]").Count));
        Assert.Contains("champion", cut.Find("tr[data-version='1']").TextContent);
        Assert.Contains("roc_auc 0.8000", cut.Find("tr[data-version='2']").TextContent);

        cut.Click("tr[data-version='2'] .wb-set-alias[data-alias='champion']");

        cut.WaitForAssertion(() => Assert.Contains("champion", cut.Find("tr[data-version='2'] td:nth-child(2)").TextContent));
        Assert.DoesNotContain("champion", cut.Find("tr[data-version='1'] td:nth-child(2)").TextContent);
        Assert.Equal(2, (await Registry.ListModelsAsync()).Single().Aliases["champion"]);
        Assert.Contains("workbench predict --model credit@champion", cut.Find("#model-0-cli").TextContent);
    }

    [Fact]
    public void NoModels_ShowsTheEmptyState()
    {
        var cut = RenderWithProviders<ModelsPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#models-empty")));
    }
}
