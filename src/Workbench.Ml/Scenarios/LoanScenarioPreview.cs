using Workbench.Ml.Data;

namespace Workbench.Ml.Scenarios;

/// <summary>A quick look at a scenario before it is generated in full: its first rows and its course over time.</summary>
/// <param name="Head">The first rows, exactly as the full table will hold them.</param>
/// <param name="Series">Default rate, feature means and missing shares over time, from a sample.</param>
public sealed record LoanScenarioPreview(TabularData Head, ScenarioSeries Series)
{
    /// <summary>Default sizes of a preview.</summary>
    public static class Defaults
    {
        /// <summary>Rows shown.</summary>
        public const int HeadRows = 10;
        /// <summary>Rows of the sample the series is computed from.</summary>
        public const int SampleRows = 20_000;
        /// <summary>Most periods in the series.</summary>
        public const int Periods = 52;
    }

    /// <summary>Builds the preview: the head from the full scenario's own generator, the series from a sample of
    /// <paramref name="sampleRows"/> rows spread over the same days with the same drifts.</summary>
    public static LoanScenarioPreview Create(LoanScenarioOptions options, int headRows = Defaults.HeadRows,
        int sampleRows = Defaults.SampleRows, int periods = Defaults.Periods)
    {
        LoanScenarioValidation.Validate(options);
        var sample = LoanScenarioGenerator.Generate(options with { Rows = Math.Min(options.Rows, sampleRows) });
        return new LoanScenarioPreview(FirstRows(options, Math.Min(headRows, options.Rows)), ScenarioSeries.From(sample, options, periods));
    }

    // Rows 0..count-1 come first from chunk 0's generator, so drawing them alone reproduces the full table's head.
    private static TabularData FirstRows(LoanScenarioOptions options, int count)
    {
        var plan = LoanScenarioPlan.Create(options);
        var columns = new LoanColumnBuffers(count);
        var rng = new ScenarioRandom(options.Seed, 0);
        for (var row = 0; row < count; row++) plan.FillRow(ref rng, row, columns);
        return columns.ToTable("loan-scenario");
    }
}
