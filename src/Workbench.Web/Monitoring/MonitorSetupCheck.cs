using System.Globalization;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Monitoring;

/// <summary>One message about the monitor form: an error blocks Run, a warning or note does not.</summary>
public sealed record SetupMessage(Severity Severity, string Text);

/// <summary>Checks the monitor form before anything runs, with messages that say what to change.</summary>
public static class MonitorSetupCheck
{
    /// <summary>The form's values that the checks look at.</summary>
    public sealed record Form(string? Model, DatasetInfo? Stream, string? Reference, BatchBy BatchBy, string? TimeColumn,
        int BatchRows, string? Label, string Name, IReadOnlyCollection<string> SavedMonitors);

    /// <summary>True when the form can run: a model and a stream chosen, and no error.</summary>
    public static bool CanRun(Form f, IReadOnlyList<SetupMessage> messages) =>
        f.Model is not null && f.Stream is not null && messages.All(m => m.Severity != Severity.Error);

    /// <summary>Every message for the form, errors first (a choice still to make is <see cref="Severity.Normal"/>).</summary>
    public static IReadOnlyList<SetupMessage> Messages(Form f)
    {
        var list = new List<SetupMessage>();
        var by = f.BatchBy.ToString().ToLowerInvariant();
        if (f.Model is null) list.Add(new(Severity.Normal, "Choose a registered model to watch."));
        if (f.Stream is null) list.Add(new(Severity.Normal, "Choose the stream: the dataset replayed as production data."));
        if (string.IsNullOrWhiteSpace(f.Name) || f.Name.Trim().Length > 100) list.Add(new(Severity.Error, "Give the monitor a name of 1 to 100 characters."));
        if (f.Stream is { } stream)
        {
            var time = stream.Columns.FirstOrDefault(c => c.Name == f.TimeColumn);
            if (f.BatchBy != BatchBy.Rows && !stream.Columns.Any(c => c.Type == ColumnType.Date))
                list.Add(new(Severity.Error, $"Batching by {by} needs a date column, and '{stream.Name}' has none: batch by rows instead."));
            else if (f.BatchBy != BatchBy.Rows && time is null)
                list.Add(new(Severity.Error, $"Batching by {by} needs a date column: choose one under Date column."));
            else if (f.BatchBy != BatchBy.Rows && time!.Type != ColumnType.Date)
                list.Add(new(Severity.Error, $"'{time.Name}' is {time.Type.ToString().ToLowerInvariant()}, not a date: choose a date column to batch by {by}, or batch by rows."));
            if (f.Label is not null && f.Label == f.TimeColumn)
                list.Add(new(Severity.Error, $"'{f.Label}' cannot be both the label and the date column."));
            if (f.BatchBy == BatchBy.Rows && f.BatchRows >= stream.Rows)
                list.Add(new(Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                    $"The stream has {stream.Rows:N0} rows, so {f.BatchRows:N0} rows per batch makes a single batch: nothing to watch over time.")));
            if (f.Reference == stream.Name)
                list.Add(new(Severity.Warning, "The stream is its own reference: each batch is compared with the whole stream, which hides drift. Leave the reference blank to use the training data."));
        }
        if (f.SavedMonitors.Contains(f.Name.Trim(), StringComparer.OrdinalIgnoreCase))
            list.Add(new(Severity.Warning, $"A monitor named '{f.Name.Trim()}' is saved: running replaces it."));
        if (f.Stream is not null && f.Label is null)
            list.Add(new(Severity.Info, "No label: performance will never be known, as often in production. Input and output drift are then the only warnings."));
        return list.OrderBy(m => m.Severity == Severity.Error ? 0 : m.Severity == Severity.Warning ? 1 : 2).ToList();
    }
}
