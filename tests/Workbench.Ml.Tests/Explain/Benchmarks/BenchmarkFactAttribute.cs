namespace Workbench.Ml.Tests.Explain.Benchmarks;

/// <summary>A fact that runs only when WORKBENCH_BENCHMARKS=1 (build in Release; timings go to the test output).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("WORKBENCH_BENCHMARKS") != "1")
            Skip = "Benchmark: set WORKBENCH_BENCHMARKS=1 and run a Release build.";
    }
}
