using Workbench.Ml.Data;

namespace Workbench.Ml.Scenarios;

/// <summary>Generates the loan-default scenario table: Agrawal applicants over time, a logistic default label, and the
/// drifts and data-quality faults the options ask for.</summary>
/// <remarks>Rows are generated in parallel in fixed chunks of 65,536, each with its own generator seeded from the seed
/// and the chunk index, so the table depends only on the options, never on thread scheduling.</remarks>
public static class LoanScenarioGenerator
{
    internal const int ChunkRows = 1 << 16;

    /// <summary>Generates the table named "loan-scenario"; reports progress from 0 to 1 and honours cancellation.</summary>
    public static TabularData Generate(LoanScenarioOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        LoanScenarioValidation.Validate(options);
        var plan = LoanScenarioPlan.Create(options);
        var columns = new LoanColumnBuffers(options.Rows);
        var chunks = (options.Rows + ChunkRows - 1) / ChunkRows;
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var rng = new ScenarioRandom(options.Seed, chunk);
            var end = Math.Min(options.Rows, (chunk + 1) * ChunkRows);
            for (var row = chunk * ChunkRows; row < end; row++)
            {
                if ((row & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                plan.FillRow(ref rng, row, columns);
            }
            progress?.Report((double)Interlocked.Increment(ref done) / chunks);
        });
        return columns.ToTable("loan-scenario");
    }
}
