using Workbench.Ml.Drift;
using Workbench.Ml.DriftLab;

namespace Workbench.Ml.Tests.DriftLab;

/// <summary>The laboratory's rates against what theory says they must be, within Monte-Carlo error (3 standard errors
/// of a binomial proportion over the repetitions).</summary>
public class DriftLaboratoryTests
{
    private static double Bound(double rate, int reps) => 3 * Math.Sqrt(rate * (1 - rate) / reps);

    [Theory]
    // The exact two-sample KS test is conservative even for continuous data because D only takes the values h/n: the
    // largest attainable size below 0.05 is
    // /usr/bin/python3 -c "from scipy.stats._stats_py import _compute_prob_outside_square as f; print(max(p for p in (f(50,h) for h in range(1,51)) if p<0.05))"
    // 0.039194586195352224 for n = m = 50, and 0.03956202584899502 for n = m = 200 (same expression with 200).
    [InlineData(50, 0.039194586195352224)]
    [InlineData(200, 0.03956202584899502)]
    public void KsUnderNoDrift_FalseAlarmRateIsItsAttainableSizeBelowAlpha(int n, double size)
    {
        const int reps = 2000;
        var result = DriftLaboratory.Run(new DriftLabOptions { SampleSizes = [n], Repetitions = reps, Seed = 11 });

        var rate = result.Cell(DriftTestKind.Ks, n).FalseAlarmRate;
        Assert.InRange(rate, size - Bound(size, reps), size + Bound(size, reps));
        Assert.InRange(rate, 0.05 - 3 * Bound(0.05, reps), 0.05 + Bound(0.05, reps));
    }

    [Fact]
    public void TiedValues_MakeKsMoreConservative()
    {
        // The loan simulator's elevel takes 5 values: KS on it rarely reaches p < α under no drift, so with Bonferroni over
        // the loan columns the family-wise false-alarm rate stays well below α.
        var result = DriftLaboratory.Run(new DriftLabOptions { Kind = DriftInjectionKind.LoanAge, Size = 2, SampleSizes = [200], Repetitions = 100 });

        Assert.True(result.Cell(DriftTestKind.Ks, 200, DriftCorrection.Bonferroni).FalseAlarmRate <= 0.05);
    }

    [Fact]
    public void Power_GrowsWithSampleSizeAndEffect()
    {
        var small = DriftLaboratory.Run(new DriftLabOptions { Size = 0.2, SampleSizes = [50, 200, 1000], Repetitions = 300 });
        var large = DriftLaboratory.Run(new DriftLabOptions { Size = 0.5, SampleSizes = [50, 200, 1000], Repetitions = 300 });

        var powers = new[] { 50, 200, 1000 }.Select(n => small.Cell(DriftTestKind.Ks, n).Power!.Value).ToArray();
        Assert.True(powers[0] < powers[1] && powers[1] < powers[2], string.Join(", ", powers));
        Assert.True(powers[2] > 0.95);
        Assert.True(large.Cell(DriftTestKind.Ks, 50).Power > powers[0] + 0.2);
    }

    [Fact]
    public void ZTestPower_MatchesTheNormalApproximation()
    {
        // Shares 0.30 → 0.40, n = m = 200, two-sided α = 0.05, pooled variance under H0:
        // /usr/bin/python3 -c "from scipy import stats; import numpy as np; p1,p2,n=.3,.4,200; pb=.35; s0=np.sqrt(2*pb*(1-pb)/n);
        //   s1=np.sqrt((p1*(1-p1)+p2*(1-p2))/n); z=stats.norm.ppf(.975); print(stats.norm.cdf((.1-z*s0)/s1)+stats.norm.cdf((-.1-z*s0)/s1))"
        // 0.5546504839282328; the exact power (summing both binomials) is 0.5584551468839212, so the approximation itself
        // is 0.0038 off, which the tolerance adds to the Monte-Carlo bound.
        const int reps = 2000;
        const double approx = 0.5546504839282328, approximationError = 0.0038045;
        var result = DriftLaboratory.Run(new DriftLabOptions
        {
            Kind = DriftInjectionKind.ProportionShift, Size = 0.1, SampleSizes = [200], Repetitions = reps, Seed = 5,
        });

        var power = result.Cell(DriftTestKind.Z, 200).Power!.Value;
        Assert.InRange(power, approx - Bound(approx, reps) - approximationError, approx + Bound(approx, reps) + approximationError);
        // /usr/bin/python3: the exact size of the same z-test at p = 0.3, n = 200 is 0.05017807873537278.
        Assert.InRange(result.Cell(DriftTestKind.Z, 200).FalseAlarmRate, 0.05 - Bound(0.05, reps), 0.05 + Bound(0.05, reps));
    }

    [Fact]
    public void ManyColumns_BonferroniBringsTheFamilyWiseRateBackToAlpha()
    {
        // Ten independent columns with no drift: without correction P(any p < α) = 1 − (1 − α')^10 for KS's attainable
        // size α' = 0.0396 at n = 200, i.e. 1 − 0.9604^10 = 0.332; Bonferroni keeps it at or below α.
        const int reps = 600;
        var result = DriftLaboratory.Run(new DriftLabOptions { Columns = 10, SampleSizes = [200], Repetitions = reps, Size = 0.3 });

        double expected = 1 - Math.Pow(1 - 0.03956202584899502, 10);
        Assert.InRange(result.Cell(DriftTestKind.Ks, 200).FalseAlarmRate, expected - Bound(expected, reps), expected + Bound(expected, reps));
        Assert.True(result.Cell(DriftTestKind.Ks, 200, DriftCorrection.Bonferroni).FalseAlarmRate <= 0.05 + Bound(0.05, reps));
        Assert.True(result.Cell(DriftTestKind.Ks, 200, DriftCorrection.Bonferroni).Power < result.Cell(DriftTestKind.Ks, 200).Power);
        // Distances have no p-value, so the correction leaves them as they are.
        Assert.Equal(result.Cell(DriftTestKind.Psi, 200).FalseAlarmRate, result.Cell(DriftTestKind.Psi, 200, DriftCorrection.BenjaminiHochberg).FalseAlarmRate);
    }

    [Fact]
    public void SameSeed_GivesIdenticalResults()
    {
        var options = new DriftLabOptions { SampleSizes = [30, 300], Repetitions = 50, Seed = 99 };

        var first = DriftLaboratory.Run(options);
        var second = DriftLaboratory.Run(options);
        var other = DriftLaboratory.Run(options with { Seed = 100 });

        Assert.Equal(first.Cells, second.Cells);
        Assert.NotEqual(first.Cells, other.Cells);
    }

    [Theory]
    [InlineData(DriftInjectionKind.CategoryShare, new[] { DriftTestKind.ChiSquare, DriftTestKind.JensenShannon, DriftTestKind.Psi, DriftTestKind.Kl, DriftTestKind.Hellinger, DriftTestKind.Linf })]
    [InlineData(DriftInjectionKind.ProportionShift, new[] { DriftTestKind.ChiSquare, DriftTestKind.Z, DriftTestKind.JensenShannon, DriftTestKind.Psi, DriftTestKind.Kl, DriftTestKind.Hellinger, DriftTestKind.Linf })]
    [InlineData(DriftInjectionKind.VarianceScale, new[] { DriftTestKind.Ks, DriftTestKind.Wasserstein, DriftTestKind.JensenShannon, DriftTestKind.Psi, DriftTestKind.Kl, DriftTestKind.Hellinger })]
    public void EachKind_RunsTheTestsThatApply(DriftInjectionKind kind, DriftTestKind[] tests)
    {
        var result = DriftLaboratory.Run(new DriftLabOptions { Kind = kind, Size = kind.DefaultSize(), SampleSizes = [100], Repetitions = 10 });

        Assert.Equal(tests, result.Tests);
        Assert.Equal(tests.Length * 3, result.Cells.Count);
    }

    [Fact]
    public void LoanSalaryShift_IsFoundInSalaryAndConceptDriftIsNot()
    {
        var salary = DriftLaboratory.Run(new DriftLabOptions { Kind = DriftInjectionKind.LoanSalary, Size = 20_000, SampleSizes = [500], Repetitions = 20 });
        var concept = DriftLaboratory.Run(new DriftLabOptions { Kind = DriftInjectionKind.LoanConcept, SampleSizes = [500], Repetitions = 40 });

        Assert.Equal("salary", salary.Target);
        Assert.Equal(13, salary.Columns.Count);
        Assert.True(salary.Cell(DriftTestKind.Ks, 500).Power >= 0.9);
        Assert.Null(salary.Cell(DriftTestKind.Linf, 500).Power);
        // Concept drift keeps every input distribution and the default rate: the label's z-test sees only noise.
        Assert.True(concept.Cell(DriftTestKind.Z, 500).Power <= 0.2);
    }

    [Theory]
    [InlineData(DriftInjectionKind.CategoryShare, 0.5, "0 to 0.35")]
    [InlineData(DriftInjectionKind.VarianceScale, 0, "above 0")]
    public void InvalidSize_ThrowsWithTheRange(DriftInjectionKind kind, double size, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => DriftLaboratory.Run(new DriftLabOptions { Kind = kind, Size = size }));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void InvalidSampleSizeOrRepetitions_Throw()
    {
        Assert.Contains("Sample size 1", Assert.Throws<ArgumentException>(() => DriftLaboratory.Run(new DriftLabOptions { SampleSizes = [1, 50] })).Message);
        Assert.Contains("Repetitions is 3", Assert.Throws<ArgumentException>(() => DriftLaboratory.Run(new DriftLabOptions { Repetitions = 3 })).Message);
    }

    [Fact]
    public void Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DriftLaboratory.Run(new DriftLabOptions(), cancellationToken: cts.Token));
    }
}
