using Microsoft.AspNetCore.Components;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Monitoring;

/// <summary>The monitor form: builds a <see cref="MonitorRequest"/> from the registry, the datasets and the thresholds.</summary>
public partial class MonitorSetup
{
    private IReadOnlyList<RegisteredModel> models = [];
    private IReadOnlyList<string> columns = [];
    private IReadOnlyList<string> orderColumns = [];
    private string? model, version = "latest", stream, reference, timeColumn, label;
    private string name = "monitor";
    private BatchBy batchBy = BatchBy.Rows;
    private int batchRows = 1000, delay = 2;
    private double missing = 0.05, psi = 0.1, positiveRate = 0.1, performanceDrop = 0.1, latency = 200;

    [Inject] private IModelRegistry Registry { get; set; } = null!;
    [Inject] private IDatasetStore Datasets { get; set; } = null!;

    /// <summary>Raised with the request when the student presses Run.</summary>
    [Parameter] public EventCallback<MonitorRequest> OnRun { get; set; }

    /// <summary>True while a monitor runs (the button is disabled).</summary>
    [Parameter] public bool Busy { get; set; }

    private bool CanRun => model is not null && stream is not null && !string.IsNullOrWhiteSpace(name)
        && (batchBy == BatchBy.Rows || timeColumn is not null);

    private IEnumerable<string> VersionChoices => models.FirstOrDefault(m => m.Name == model) is { } m
        ? new[] { "latest" }.Concat(m.Aliases.Keys.Order()).Concat(Enumerable.Range(1, m.LatestVersion).Reverse().Select(v => v.ToString()))
        : ["latest"];

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        models = await Registry.ListModelsAsync();
        if (models.Count > 0) SetModel(models[0].Name);
    }

    private void SetModel(string value)
    {
        model = value;
        var aliases = models.First(m => m.Name == value).Aliases;
        version = aliases.ContainsKey("champion") ? "champion" : "latest";
        name = $"{value} monitor";
    }

    private async Task SetStreamAsync(string value)
    {
        stream = value;
        var info = await Datasets.GetAsync(value);
        columns = info?.Columns.Select(c => c.Name).ToList() ?? [];
        orderColumns = info?.Columns.Where(c => c.Type is ColumnType.Date or ColumnType.Integer or ColumnType.Real).Select(c => c.Name).ToList() ?? [];
        var date = info?.Columns.FirstOrDefault(c => c.Type == ColumnType.Date)?.Name;
        timeColumn = date;
        if (date is not null && batchBy == BatchBy.Rows) batchBy = BatchBy.Month;
        label = null;
    }

    private Task RunAsync()
    {
        var options = new MonitoringOptions(batchBy, timeColumn, batchRows, delay, label,
            new MonitoringThresholds(missing, psi, positiveRate, performanceDrop, latency));
        return OnRun.InvokeAsync(new MonitorRequest(name.Trim(), model!, version ?? "latest", stream!, reference, options));
    }
}
