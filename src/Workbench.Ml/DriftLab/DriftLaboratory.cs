using System.Diagnostics;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Scenarios;

namespace Workbench.Ml.DriftLab;

/// <summary>Measures how often each drift test detects an injected drift (power) and how often it raises a false alarm
/// when nothing changed, at several sample sizes, by repeated seeded sampling.</summary>
/// <remarks>Each repetition draws a reference, a current sample without drift (H0) and a current sample with the drift
/// (H1), runs every applicable drift test on every column, and records the decisions with no correction,
/// Bonferroni and Benjamini–Hochberg. Repetitions run in parallel, each with its own generator seeded from the seed and
/// its index, so results depend only on the options. Loan samples of the largest size are drawn once per repetition
/// and smaller sizes use their first rows (each still an independent and identically distributed sample).</remarks>
public static class DriftLaboratory
{
    /// <summary>Runs the experiment; reports progress from 0 to 1 and honours cancellation.</summary>
    /// <exception cref="ArgumentException">An invalid setting (see <see cref="DriftLabOptions.Validate"/>).</exception>
    public static DriftLabResult Run(DriftLabOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var sizes = options.SampleSizes.Order().ToArray();
        var plan = LabTestPlan.For(Draw(options, 0, sizes[0], 0).Reference, options.Kind.TargetColumn());
        var outcomes = new LabComparison.Outcome[options.Repetitions][][];
        int done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, options.Repetitions, parallel, rep =>
        {
            outcomes[rep] = Repetition(options, sizes, plan, rep, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done) / (double)options.Repetitions);
        });
        var cells = LabSummary.Cells(plan, sizes, outcomes);
        return new DriftLabResult(options with { SampleSizes = sizes }, plan.Tests, plan.Columns, plan.Columns[plan.Target], cells, clock.Elapsed);
    }

    // outcome[2 * s + h][t]: size index s, hypothesis h (0 = no drift, 1 = drift), test t.
    private static LabComparison.Outcome[][] Repetition(DriftLabOptions o, int[] sizes, LabTestPlan plan, int rep, CancellationToken ct)
    {
        var result = new LabComparison.Outcome[2 * sizes.Length][];
        var pool = o.Kind.IsLoan() ? Draw(o, rep, sizes[^1], 0) : default;
        for (int s = 0; s < sizes.Length; s++)
        {
            ct.ThrowIfCancellationRequested();
            var (reference, stable, drifted) = o.Kind.IsLoan()
                ? (LoanSamples.Head(pool.Reference, sizes[s]), LoanSamples.Head(pool.Stable, sizes[s]), LoanSamples.Head(pool.Drifted, sizes[s]))
                : Draw(o, rep, sizes[s], s);
            result[2 * s] = LabComparison.Run(reference, stable, plan, o.Alpha);
            result[2 * s + 1] = LabComparison.Run(reference, drifted, plan, o.Alpha);
        }
        return result;
    }

    private static (TabularData Reference, TabularData Stable, TabularData Drifted) Draw(DriftLabOptions o, int rep, int rows, int sizeIndex)
    {
        if (o.Kind.IsLoan())
        {
            long Seed(int side) => Mix(o.Seed, 3L * rep + side);
            return (LoanSamples.Draw(Seed(0), o.Kind, o.Size, rows, false), LoanSamples.Draw(Seed(1), o.Kind, o.Size, rows, false),
                LoanSamples.Draw(Seed(2), o.Kind, o.Size, rows, true));
        }
        var rng = new ScenarioRandom(o.Seed, (long)rep * o.SampleSizes.Count + sizeIndex);
        var reference = SyntheticSamples.Draw(ref rng, o.Kind, o.Size, o.Columns, rows, false);
        var stable = SyntheticSamples.Draw(ref rng, o.Kind, o.Size, o.Columns, rows, false);
        var drifted = SyntheticSamples.Draw(ref rng, o.Kind, o.Size, o.Columns, rows, true);
        return (reference, stable, drifted);
    }

    private static long Mix(long seed, long stream)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 31)) * 0x94D049BB133111EBUL;
        return unchecked((long)(z ^ (z >> 29)));
    }
}
