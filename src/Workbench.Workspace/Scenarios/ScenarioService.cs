using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Scenarios;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Scenarios;

/// <summary>Generates scenarios off the caller's thread and saves them through the dataset store.</summary>
public sealed class ScenarioService(IDatasetStore datasets, ILogger<ScenarioService> logger) : IScenarioService
{
    /// <summary>Share of the progress bar given to generating; saving takes the rest.</summary>
    public const double GenerateShare = 0.4;

    /// <inheritdoc />
    public async Task<DatasetInfo> WriteAsync(string name, LoanScenarioOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        DatasetNames.Validate(name);
        Check(options);
        if (await datasets.GetAsync(name, cancellationToken).ConfigureAwait(false) is not null)
            throw new WorkspaceException($"A dataset named '{name}' already exists. Choose another name, or delete or rename that dataset first.");
        var clock = Stopwatch.StartNew();
        var table = await Task.Run(() => LoanScenarioGenerator.Generate(options, ScaledProgress.Of(progress, 0, GenerateShare), cancellationToken),
            cancellationToken).ConfigureAwait(false);
        var generated = clock.ElapsedMilliseconds;
        var info = await datasets.SaveAsync(name, table with { Name = name }, Describe(options),
            ScaledProgress.Of(progress, GenerateShare, 1 - GenerateShare), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scenario {Name} written: {Rows} rows generated in {Generate} ms, saved in {Save} ms",
            name, options.Rows, generated, clock.ElapsedMilliseconds - generated);
        return info;
    }

    /// <inheritdoc />
    public Task<LoanScenarioPreview> PreviewAsync(LoanScenarioOptions options, CancellationToken cancellationToken = default)
    {
        Check(options);
        return Task.Run(() => LoanScenarioPreview.Create(options), cancellationToken);
    }

    /// <summary>The source recorded with the dataset: the simulator and every setting that shapes it.</summary>
    public static string Describe(LoanScenarioOptions o)
    {
        var parts = new List<string>
        {
            $"loan-default simulator: seed {o.Seed}, {o.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows, {o.StartDate:yyyy-MM-dd} + {o.Days} days, base rate {Num(o.BaseRate)}",
        };
        if (o.Covariate is { } c) parts.Add($"covariate {c.Kind.ToString().ToLowerInvariant()} {c.Feature} {Num(c.Size)} from {c.Start:yyyy-MM-dd}");
        if (o.Prior is { } p) parts.Add($"prior drift to {Num(p.BaseRate)} from {p.Start:yyyy-MM-dd}");
        if (o.Concept is { } k) parts.Add($"concept drift from {k.Start:yyyy-MM-dd}{(k.End is { } e ? $" to {e:yyyy-MM-dd}" : "")}");
        if (o.Missing is { } m) parts.Add($"missing {m.Column} {Num(m.Share)} {m.Start:yyyy-MM-dd}..{m.End:yyyy-MM-dd}");
        if (o.NewRegion is { } n) parts.Add($"new zipcode '{n.Level}' {Num(n.Share)} from {n.Start:yyyy-MM-dd}");
        if (o.Unit is { } u) parts.Add($"income in thousands from {u.Start:yyyy-MM-dd}");
        return string.Join("; ", parts);
    }

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    // Settings errors become refusals the pages show as they are.
    private static void Check(LoanScenarioOptions options)
    {
        try { LoanScenarioValidation.Validate(options); }
        catch (ArgumentException e) { throw new WorkspaceException(e.Message); }
    }
}
