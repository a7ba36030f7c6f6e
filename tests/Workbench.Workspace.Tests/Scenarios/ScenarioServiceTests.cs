using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Scenarios;
using Workbench.Workspace.Scenarios;

namespace Workbench.Workspace.Tests.Scenarios;

public sealed class ScenarioServiceTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly ScenarioService _service;

    public ScenarioServiceTests() => _service = new ScenarioService(_temp.Datasets, NullLogger<ScenarioService>.Instance);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Write_SavesTheGeneratedTableWithItsSettingsAsSource()
    {
        var options = LoanScenarioPresets.Find("prior").Apply(new LoanScenarioOptions { Rows = 5_000, Seed = 9 });
        var reports = new List<double>();

        var info = await _service.WriteAsync("loans_prior", options, new SyncProgress(reports.Add));

        Assert.Equal(5_000, info.Rows);
        Assert.Equal(["date", "salary", "commission", "age", "elevel", "car", "zipcode", "hvalue", "hyears", "loan", "debt_ratio",
            "employment_years", "group", "default"], info.Columns.Select(c => c.Name));
        Assert.StartsWith("loan-default simulator: seed 9, 5,000 rows, 2024-01-01 + 366 days, base rate 0.1; prior drift to 0.25 from 2024-07-01", info.Source);
        var stored = await _temp.Datasets.LoadAsync("loans_prior");
        var expected = LoanScenarioGenerator.Generate(options);
        Assert.Equal(expected["salary"].Numbers, stored["salary"].Numbers);
        Assert.Equal(expected["zipcode"].Strings, stored["zipcode"].Strings);
        Assert.Equal(1.0, reports[^1], 6);
        Assert.Equal(reports.Order(), reports);
    }

    [Theory]
    [InlineData("1loans", "not a valid dataset name")]
    [InlineData("wb_loans", "reserved")]
    public async Task InvalidName_IsRefusedAndWritesNothing(string name, string expected)
    {
        var before = _temp.Tables();

        var error = await Assert.ThrowsAsync<WorkspaceException>(() => _service.WriteAsync(name, new LoanScenarioOptions { Rows = 100 }));

        Assert.Contains(expected, error.Message);
        Assert.Equal(before, _temp.Tables());
    }

    [Fact]
    public async Task TakenName_IsRefused()
    {
        await _service.WriteAsync("loans", new LoanScenarioOptions { Rows = 100 });

        var error = await Assert.ThrowsAsync<WorkspaceException>(() => _service.WriteAsync("LOANS", new LoanScenarioOptions { Rows = 100 }));

        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task InvalidSetting_IsRefusedWithTheFix()
    {
        var error = await Assert.ThrowsAsync<WorkspaceException>(() => _service.WriteAsync("loans", new LoanScenarioOptions { BaseRate = 0.9 }));

        Assert.Contains("BaseRate is 0.9; use a default rate from 0.001", error.Message);
        Assert.Null(await _temp.Datasets.GetAsync("loans"));
    }

    [Fact]
    public async Task Cancelled_WritesNothing()
    {
        using var cts = new CancellationTokenSource();
        var before = _temp.Tables();
        var progress = new SyncProgress(p => { if (p > 0.5) cts.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _service.WriteAsync("loans", new LoanScenarioOptions { Rows = 400_000 }, progress, cts.Token));

        Assert.Null(await _temp.Datasets.GetAsync("loans"));
        Assert.Equal(before, _temp.Tables());
    }

    [Fact]
    public async Task Preview_GivesTheHeadAndSeriesWithoutWriting()
    {
        var before = _temp.Tables();

        var preview = await _service.PreviewAsync(new LoanScenarioOptions { Rows = 1_000_000 });

        Assert.Equal(10, preview.Head.RowCount);
        Assert.Equal(20_000, preview.Series.SampleRows);
        Assert.Equal(before, _temp.Tables());
    }
}
