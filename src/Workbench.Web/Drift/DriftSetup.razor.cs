using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Drift;

namespace Workbench.Web.Drift;

/// <summary>What the drift page compares.</summary>
public enum DriftSetupMode
{
    /// <summary>Two datasets.</summary>
    Datasets,

    /// <summary>Two date ranges of one dataset.</summary>
    Ranges,

    /// <summary>Successive windows of one dataset.</summary>
    Windows,
}

/// <summary>The inputs of a drift comparison; raises <see cref="OnRun"/> (two samples) or <see cref="OnRunSeries"/>
/// (successive windows) with the request to run.</summary>
public partial class DriftSetup
{
    private const string Auto = "auto";
    private DriftSetupMode mode;
    private readonly DriftWindowChoice windows = new();
    private string? referenceName, currentName, dateColumn;
    private List<string> dateColumns = [];
    private (DateOnly First, DateOnly Last)? span;
    private DateRange? referenceRange, currentRange;
    private string test = Auto;
    private DriftCorrection correction = DriftCorrection.None;

    [Inject] private IDatasetStore Store { get; set; } = null!;
    [Inject] private IDriftService Drift { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>Raised with the request when the student starts a comparison.</summary>
    [Parameter] public EventCallback<DriftRequest> OnRun { get; set; }

    /// <summary>Raised with the request when the student compares successive windows.</summary>
    [Parameter] public EventCallback<DriftSeriesRequest> OnRunSeries { get; set; }

    /// <summary>A dataset to start with in the windows mode (e.g. from a lab's link), if the workspace has it.</summary>
    [Parameter] public string? InitialDataset { get; set; }

    /// <summary>The windows to start with: "year" or "month" (with <see cref="InitialDataset"/>).</summary>
    [Parameter] public string? InitialWindows { get; set; }

    /// <summary>True while a comparison runs (the button is disabled).</summary>
    [Parameter] public bool Busy { get; set; }

    private bool CanRun => mode switch
    {
        DriftSetupMode.Datasets => referenceName is not null && currentName is not null,
        DriftSetupMode.Ranges => referenceName is not null && dateColumn is not null && referenceRange is not null && currentRange is not null,
        _ => referenceName is not null && dateColumn is not null && span is { } s && windows.Build(s.First, s.Last).Problem is null,
    };

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        if (string.IsNullOrWhiteSpace(InitialDataset) || await Store.GetAsync(InitialDataset) is null) return;
        windows.Cut = string.Equals(InitialWindows, "month", StringComparison.OrdinalIgnoreCase) ? WindowCut.Month : WindowCut.Year;
        mode = DriftSetupMode.Windows;
        await SetDatasetAsync(InitialDataset);
    }

    private string? DateHelp => referenceName is null ? null
        : dateColumns.Count == 0 ? "This dataset has no date column." : span is { } s ? $"Dates run from {s.First:yyyy-MM-dd} to {s.Last:yyyy-MM-dd}." : null;

    private async Task SetModeAsync(DriftSetupMode value)
    {
        mode = value;
        if (mode != DriftSetupMode.Datasets && referenceName is not null) await SetDatasetAsync(referenceName);
    }

    private async Task SetDatasetAsync(string name)
    {
        referenceName = name;
        var info = await Store.GetAsync(name);
        dateColumns = info?.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name).ToList() ?? [];
        dateColumn = null;
        span = null;
        if (dateColumns.Count > 0) await SetDateColumnAsync(dateColumns[0]);
    }

    /// <summary>Picks the date column and proposes its first and second half as the two ranges.</summary>
    private async Task SetDateColumnAsync(string column)
    {
        dateColumn = column;
        span = await Actions.RunAsync("read the date range", () => Drift.DateSpanAsync(referenceName!, column));
        if (span is not { } s) return;
        var middle = s.First.AddDays((s.Last.DayNumber - s.First.DayNumber) / 2);
        referenceRange = new DateRange(Start(s.First), Start(middle));
        currentRange = new DateRange(Start(middle.AddDays(1) > s.Last ? s.Last : middle.AddDays(1)), Start(s.Last));
    }

    private async Task RunAsync()
    {
        var options = new DriftOptions { Test = test == Auto ? null : DriftTestKinds.Parse(test), Correction = correction };
        if (mode == DriftSetupMode.Windows)
        {
            var (first, last) = span!.Value;
            await OnRunSeries.InvokeAsync(new DriftSeriesRequest(referenceName!, dateColumn!, windows.Build(first, last).Windows,
                windows.Mode, options, ReferenceWindow: windows.Reference));
            return;
        }
        var request = mode == DriftSetupMode.Ranges
            ? new DriftRequest(DriftSide.Dataset(referenceName!, Window(referenceRange)), DriftSide.Dataset(referenceName!, Window(currentRange)), options)
            : new DriftRequest(DriftSide.Dataset(referenceName!), DriftSide.Dataset(currentName!), options, await CommonColumnsAsync());
        await OnRun.InvokeAsync(request);
    }

    /// <summary>Two datasets are compared on the columns both have, so different schemas still compare.</summary>
    private async Task<IReadOnlyList<string>?> CommonColumnsAsync()
    {
        var reference = await Store.GetAsync(referenceName!);
        var current = await Store.GetAsync(currentName!);
        if (reference is null || current is null) return null;
        var common = reference.Columns.Select(c => c.Name).Where(n => current.Columns.Any(c => c.Name == n)).ToList();
        return common.Count > 0 ? common : null;
    }

    private DateWindow Window(DateRange? range) => new(dateColumn!,
        range?.Start is { } from ? DateOnly.FromDateTime(from) : null, range?.End is { } to ? DateOnly.FromDateTime(to) : null);

    private static DateTime Start(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
