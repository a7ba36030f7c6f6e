using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Data;
using Workbench.Web.Labs.Lab10;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Drift;

namespace Workbench.Web.Tests.Labs.Lab10;

public class Lab10PageTests : WebTestContext
{
    public Lab10PageTests() => Services.AddWorkbenchDrift();

    private async Task ImportSp500Async() => await Services.GetRequiredService<IDatasetStore>().ImportAsync("sp500",
        Path.Combine(AppContext.BaseDirectory, "Builtin", "Data", "sp500-2000.csv"), new ReadOptions(DataFormat.Csv));

    [Fact]
    public void EmptyWorkspace_SaysWhichDatasetToInstall()
    {
        var cut = RenderWithProviders<Lab10Page>();

        cut.WaitForAssertion(() => Assert.Contains("needs the built-in dataset 'sp500'", cut.Find("#lab10-missing").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("Run the KS tests of step 2 first", cut.Find("#lab10-check-waiting").TextContent);
    }

    [Fact]
    public async Task Sp500_YearlyKsRunsAndTheCheckKnowsTheAnswer()
    {
        await ImportSp500Async();
        var cut = RenderWithProviders<Lab10Page>();
        // /usr/bin/python3: d = pd.read_csv("sp500-2000.csv"); r = d.close / d.close.shift(1) - 1; r.idxmin() -> 2020-03-16, -0.1198
        cut.WaitForAssertion(() => Assert.Contains("5,104 daily returns from 2000-01-04 to 2020-04-17. Worst day 2020-03-16 (−11.98 %)",
            cut.Find("#lab10-returns-summary").TextContent), TimeSpan.FromSeconds(10));
        cut.WaitForAssertion(() => Assert.Contains("21 windows: 2000 (2000-01-03 to 2000-12-31)", cut.Find("#lab10-yearly-windows").TextContent), TimeSpan.FromSeconds(10));
        cut.WaitForAssertion(() => Assert.Contains("22 windows: 1999-03…2000-02 (2000-01-03 to 2000-02-29)", cut.Find("#lab10-march-windows").TextContent), TimeSpan.FromSeconds(10));

        cut.Click("#lab10-yearly-run");

        cut.WaitForAssertion(() => Assert.Equal(20, cut.FindAll("#lab10-yearly-result #drift-series-table tbody tr").Count), TimeSpan.FromSeconds(15));
        // scipy.stats.ks_2samp(returns of 2019, returns of 2020) -> statistic=0.24335049335049336, pvalue=0.001788294669164551
        var covid = cut.FindAll("#lab10-yearly-result #drift-series-table tbody tr")[19].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2019", "2020", "252 / 74", "ks", "0.2434", "0.0018", "drifted"], covid);

        var pairs = cut.FindComponent<MostDriftedCheck>();
        await cut.InvokeAsync(() => pairs.FindComponent<MudBlazor.MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(0));
        cut.Click("#lab10-check-button");
        Assert.Contains("Not this one: 2000 → 2001 (D = 0.0523", cut.Find("#lab10-check-feedback").TextContent);
        Assert.Contains("The largest D is 2019 → 2020 (D = 0.2434", cut.Find("#lab10-check-feedback").TextContent);

        await cut.InvokeAsync(() => pairs.FindComponent<MudBlazor.MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(19));
        cut.Click("#lab10-check-button");
        var right = cut.Find("#lab10-check-feedback").TextContent;
        Assert.Contains("Yes: 2019 → 2020 (D = 0.2434, p = 0.0018) has the largest D", right);
        // The smallest p-value is 2017 → 2018 (p = 3.96e-5): fewer days in 2020 make the same gap less certain.
        Assert.Contains("smallest p-value belongs to another pair, 2017 → 2018 (D = 0.2072, p = 4.0e-5)", right);
    }
}
