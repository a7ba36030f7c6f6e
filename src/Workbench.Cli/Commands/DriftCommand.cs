using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Drift;
using Workbench.Workspace.Drift;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench drift --reference FILE|dataset:NAME --current FILE|dataset:NAME ...</c>: per-column drift as
/// the drift tests compute it, printed as JSON. Writes nothing to the workspace.</summary>
public static class DriftCommand
{
    private static readonly string TestNames = "auto, " + string.Join(", ", Enum.GetValues<DriftTestKind>().Select(k => k.ToName()));

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var reference = new Option<string>("--reference") { Description = "The reference data: a file, or dataset:NAME.", HelpName = "FILE|dataset:NAME", Required = true };
        var current = new Option<string>("--current") { Description = "The current data: a file, or dataset:NAME.", HelpName = "FILE|dataset:NAME", Required = true };
        var test = new Option<string>("--test") { Description = $"The test for every column ({TestNames}); auto chooses per column.", HelpName = "TEST", DefaultValueFactory = _ => "auto" };
        var columns = new Option<string?>("--columns") { Description = "Comma-separated columns to compare (default: every reference column).", HelpName = "a,b" };
        var correction = new Option<string>("--correction") { Description = "Multiple-testing correction of the p-values: none, bonferroni or bh.", HelpName = "none|bonferroni|bh", DefaultValueFactory = _ => "none" };
        var dateColumn = new Option<string?>("--date-column") { Description = "A date column that cuts windows with the --*-from/--*-to options.", HelpName = "COL" };
        var window = new[] { "--reference-from", "--reference-to", "--current-from", "--current-to" }
            .Select(n => new Option<string?>(n) { Description = $"{(n.Contains("from") ? "First" : "Last")} day (yyyy-MM-dd, included) of the {n[2..n.LastIndexOf('-')]} window by --date-column.", HelpName = "DAY" })
            .ToArray();
        var command = new Command("drift", "Compare a reference and a current sample column by column (KS, chi-square, z, " +
            "Wasserstein, Jensen-Shannon, PSI, KL, Hellinger, L-infinity); prints per-column results and the dataset verdict as JSON.")
            { reference, current, test, columns, correction, dateColumn };
        foreach (var option in window) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var (refWindow, curWindow) = Windows(parse.GetValue(dateColumn), window.Select(o => parse.GetValue(o)).ToArray());
            var request = new DriftRequest(
                new DriftSide(parse.GetValue(reference)!, refWindow),
                new DriftSide(parse.GetValue(current)!, curWindow),
                new DriftOptions { Test = ParseTest(parse.GetValue(test)!), Correction = ParseCorrection(parse.GetValue(correction)!) },
                parse.GetValue(columns) is { } list ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null);
            var service = OpenService(context, parse, request);
            DriftRun run;
            using (var progress = context.Progress("comparing"))
                run = await service.CompareAsync(request, progress, ct);
            context.WriteJson(DriftJson.From(run.Report));
            return 0;
        });
        return command;
    }

    private static IDriftService OpenService(CliContext context, ParseResult parse, DriftRequest request)
    {
        var dataset = request.Reference.DatasetName ?? request.Current.DatasetName;
        if (dataset is null) return new DriftService();
        var path = CliContext.WorkspacePath(parse);
        if (!File.Exists(path))
            throw new CliUsageException($"There is no dataset named '{dataset}': the workspace {path} does not exist yet. " +
                "Import the dataset first, pass --workspace PATH, or compare files.");
        return context.OpenWorkspace(path).GetRequiredService<IDriftService>();
    }

    private static DriftTestKind? ParseTest(string name) =>
        string.Equals(name.Trim(), "auto", StringComparison.OrdinalIgnoreCase) ? null
        : DriftTestKinds.Parse(name) ?? throw new CliUsageException($"Unknown test '{name}'; use one of {TestNames}.");

    private static DriftCorrection ParseCorrection(string name) => name.Trim().ToLowerInvariant() switch
    {
        "none" => DriftCorrection.None,
        "bonferroni" => DriftCorrection.Bonferroni,
        "bh" => DriftCorrection.BenjaminiHochberg,
        _ => throw new CliUsageException($"Unknown correction '{name}'; use none, bonferroni or bh."),
    };

    private static (DateWindow?, DateWindow?) Windows(string? column, string?[] days)
    {
        var parsed = days.Select((d, i) => Day(d, i)).ToArray();
        bool reference = parsed[0] is not null || parsed[1] is not null, current = parsed[2] is not null || parsed[3] is not null;
        if (column is null && (reference || current))
            throw new CliUsageException("The window options need --date-column COL, the date column that cuts the windows.");
        if (column is not null && !reference && !current)
            throw new CliUsageException("--date-column needs a window: add --reference-from/--reference-to and/or --current-from/--current-to (yyyy-MM-dd).");
        return (reference ? new DateWindow(column!, parsed[0], parsed[1]) : null, current ? new DateWindow(column!, parsed[2], parsed[3]) : null);
    }

    private static DateOnly? Day(string? value, int index)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        string option = new[] { "--reference-from", "--reference-to", "--current-from", "--current-to" }[index];
        throw new CliUsageException($"{option} '{value}' is not a day; write it as yyyy-MM-dd, e.g. 2020-03-01.");
    }
}

/// <summary>The drift JSON: per-column results without the chart bins, and the dataset verdict.</summary>
public sealed record DriftJson(IReadOnlyList<DriftColumnJson> Columns, double DriftShare, bool DatasetDrift)
{
    /// <summary>The printed form of a report.</summary>
    public static DriftJson From(DriftReport report) => new(report.Columns.Select(c => new DriftColumnJson(
        c.Column, c.Kind == DriftColumnKind.Numeric ? "numeric" : "categorical", c.Test.ToName(), c.Reason, c.Statistic,
        c.PValue, c.AdjustedPValue, c.Threshold, c.Drifted, c.ReferenceRows, c.CurrentRows, c.MissingReference, c.MissingCurrent)).ToList(),
        report.DriftShare, report.DatasetDrift);
}

/// <summary>One column as printed; p-values are null for distances.</summary>
public sealed record DriftColumnJson(string Column, string Kind, string Test, string Reason, double Statistic, double? PValue,
    double? AdjustedPValue, double Threshold, bool Drifted, int ReferenceRows, int CurrentRows, int MissingReference, int MissingCurrent);
