using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Data;
using Workbench.Ml.Framing;
using Workbench.Web.Labs.Lab01;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Settings;

namespace Workbench.Web.Tests.Labs.Lab01;

public class ProblemFramingFormTests : WebTestContext
{
    [Fact]
    public async Task AccuracyOnImbalancedTarget_WarnsAndSavesFrame()
    {
        var labels = Enumerable.Range(0, 500).Select(i => i < 4 ? 1.0 : 0.0).ToArray();   // 0.8 % positive
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("sensors",
            new TabularData("sensors", [DataColumn.Numeric("label", ColumnType.Integer, labels)]), "test");
        IReadOnlyList<FramingFinding>? findings = null;

        var cut = RenderWithProviders<ProblemFramingForm>(
            (nameof(ProblemFramingForm.DefaultDataset), "sensors"),
            (nameof(ProblemFramingForm.DefaultTarget), "label"),
            (nameof(ProblemFramingForm.OnChecked),
                Microsoft.AspNetCore.Components.EventCallback.Factory.Create<IReadOnlyList<FramingFinding>>(this, f => findings = f)));
        cut.WaitForAssertion(() => Assert.False(cut.Find("#framing-check").HasAttribute("disabled")));
        cut.Click("#framing-check");

        cut.WaitForAssertion(() => Assert.NotNull(findings), TimeSpan.FromSeconds(5));
        Assert.Contains(findings!, f => f.Level == FindingLevel.Warning && f.Message.Contains("0.8 %") && f.Message.Contains("99.2 %"));
        var saved = await Services.GetRequiredService<ISettingsStore>().GetAsync<ProblemFrame>(ProblemFramingForm.Scope, ProblemFramingForm.Key);
        Assert.Equal(("sensors", "label", "Accuracy"), (saved!.Dataset, saved.Target, saved.Metric));
    }
}
