using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Monitoring;

/// <summary>The monitor form: builds a <see cref="MonitorRequest"/> from the registry, the datasets and the thresholds,
/// checking it before anything runs; with no registered model it offers the instructor demo.</summary>
public partial class MonitorSetup
{
    private IReadOnlyList<RegisteredModel> models = [];
    private IReadOnlyList<string> columns = [];
    private IReadOnlyList<string> orderColumns = [];
    private DatasetInfo? streamInfo;
    private string? model, version = "latest", stream, reference, timeColumn, label;
    private string name = "monitor";
    private BatchBy batchBy = BatchBy.Rows;
    private int batchRows = 1000, delay = 2;
    private double missing = 0.05, psi = 0.1, positiveRate = 0.1, performanceDrop = 0.1, latency = 200;

    [Inject] private IModelRegistry Registry { get; set; } = null!;
    [Inject] private IDatasetStore Datasets { get; set; } = null!;

    /// <summary>Raised with the request when the student presses Run.</summary>
    [Parameter] public EventCallback<MonitorRequest> OnRun { get; set; }

    /// <summary>Raised with the demo request when the instructor demo is started from the empty state.</summary>
    [Parameter] public EventCallback<MonitoringDemoRequest> OnDemo { get; set; }

    /// <summary>The demo's sizes.</summary>
    [Parameter] public MonitoringDemoRequest DemoRequest { get; set; } = new();

    /// <summary>Names of the saved monitors (running one of them again replaces it).</summary>
    [Parameter] public IReadOnlyCollection<string> SavedMonitors { get; set; } = [];

    /// <summary>True while a job runs (the buttons are disabled).</summary>
    [Parameter] public bool Busy { get; set; }

    private MonitorSetupCheck.Form Form => new(model, streamInfo, reference, batchBy, timeColumn, batchRows, label, name, SavedMonitors);

    private IReadOnlyList<SetupMessage> Messages => MonitorSetupCheck.Messages(Form);

    private bool CanRun => MonitorSetupCheck.CanRun(Form, Messages);

    /// <summary>"latest", each alias with its version, then every version, newest first.</summary>
    private IEnumerable<(string Value, string Text)> VersionChoices => models.FirstOrDefault(m => m.Name == model) is { } m
        ? new[] { ("latest", $"latest (v{m.LatestVersion})") }
            .Concat(m.Aliases.OrderBy(a => a.Key).Select(a => (a.Key, $"{a.Key} (v{a.Value})")))
            .Concat(Enumerable.Range(1, m.LatestVersion).Reverse().Select(v => (v.ToString(), $"version {v}")))
        : [("latest", "latest")];

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
        streamInfo = await Datasets.GetAsync(value);
        columns = streamInfo?.Columns.Select(c => c.Name).ToList() ?? [];
        orderColumns = streamInfo?.Columns.Where(c => c.Type is ColumnType.Date or ColumnType.Integer or ColumnType.Real).Select(c => c.Name).ToList() ?? [];
        var date = streamInfo?.Columns.FirstOrDefault(c => c.Type == ColumnType.Date)?.Name;
        timeColumn = date;
        if (date is not null && batchBy == BatchBy.Rows) batchBy = BatchBy.Month;
        label = null;
    }

    private Task RunAsync()
    {
        if (!CanRun) return Task.CompletedTask;
        var options = new MonitoringOptions(batchBy, timeColumn, batchRows, delay, label,
            new MonitoringThresholds(missing, psi, positiveRate, performanceDrop, latency));
        return OnRun.InvokeAsync(new MonitorRequest(name.Trim(), model!, version ?? "latest", stream!, reference, options));
    }
}
