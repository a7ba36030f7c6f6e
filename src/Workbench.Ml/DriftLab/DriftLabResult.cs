using Workbench.Ml.Drift;

namespace Workbench.Ml.DriftLab;

/// <summary>Detection and false-alarm rates of one test at one sample size under one correction.</summary>
/// <param name="Test">The test.</param>
/// <param name="SampleSize">n, the size of each of reference and current.</param>
/// <param name="Correction">The multiple-testing correction over the tested columns (distances are unaffected).</param>
/// <param name="Power">Share of drifted repetitions in which the drifted column was flagged; null when the test does not
/// run on that column.</param>
/// <param name="FalseAlarmRate">Share of undrifted repetitions in which at least one column was flagged.</param>
/// <param name="MeanStatisticNoDrift">Mean statistic of the target column without drift (|z| for z); null when the test does not run on it.</param>
/// <param name="MeanStatisticDrift">Mean statistic of the target column with drift; null when the test does not run on it.</param>
public sealed record DriftLabCell(DriftTestKind Test, int SampleSize, DriftCorrection Correction, double? Power,
    double FalseAlarmRate, double? MeanStatisticNoDrift, double? MeanStatisticDrift);

/// <summary>The outcome of a drift-laboratory run: one cell per test, sample size and correction.</summary>
/// <param name="Options">The settings used.</param>
/// <param name="Tests">The tests that ran, in order.</param>
/// <param name="Columns">The columns tested in every repetition.</param>
/// <param name="Target">The drifted column whose detection counts as a hit.</param>
/// <param name="Cells">Rates per test, sample size and correction.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record DriftLabResult(DriftLabOptions Options, IReadOnlyList<DriftTestKind> Tests, IReadOnlyList<string> Columns,
    string Target, IReadOnlyList<DriftLabCell> Cells, TimeSpan Elapsed)
{
    /// <summary>The cells of one correction, by test then sample size.</summary>
    public IReadOnlyList<DriftLabCell> For(DriftCorrection correction) => Cells.Where(c => c.Correction == correction).ToList();

    /// <summary>The cell of a test, size and correction; throws when absent.</summary>
    public DriftLabCell Cell(DriftTestKind test, int sampleSize, DriftCorrection correction = DriftCorrection.None) =>
        Cells.First(c => c.Test == test && c.SampleSize == sampleSize && c.Correction == correction);

    /// <summary>Monte-Carlo standard error of a rate estimated from the run's repetitions: sqrt(r(1 − r)/repetitions).</summary>
    public double StandardError(double rate) => Math.Sqrt(rate * (1 - rate) / Options.Repetitions);
}
