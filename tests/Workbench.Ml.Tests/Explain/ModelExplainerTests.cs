using Workbench.Ml.Explain;
using Workbench.Ml.Tests.Explain.Agnostic;
using Workbench.Ml.Tests.Explain.Benchmarks;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Explain;

public class ModelExplainerTests
{
    [Fact]
    public void TreeModel_UsesPathDependentTreeShap()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 5, leaves: 8, features: 4, coverRows: 200, seed: 1);
        var model = new FakeModel(["f0", "f1", "f2", "f3"], x => ensemble.Predict(x), trees: ensemble);
        var rows = Table(LeafWiseEnsembles.Rows(20, 4, seed: 2));
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions());
        Assert.Equal(ExplainMethod.TreePathDependent, explanation.Method);
        var vectors = model.InputVectors(rows);
        for (int r = 0; r < 20; r++)
        {
            Assert.Equal(TreeShap.Explain(ensemble, vectors[r]).PerPlayer, explanation.Values[r]);
            Assert.Equal(ensemble.Predict(vectors[r]), explanation.RawOutput[r], 12);
        }
        Assert.True(explanation.MaxLocalAccuracyError <= 1e-9);
        Assert.Equal(["f0", "f1", "f2", "f3"], explanation.Players);
    }

    [Fact]
    public void TreeModelWithInterventionalOption_UsesTheBackground()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 3, leaves: 8, features: 4, coverRows: 200, seed: 3);
        var model = new FakeModel(["f0", "f1", "f2", "f3"], x => ensemble.Predict(x), trees: ensemble);
        var rows = Table(LeafWiseEnsembles.Rows(10, 4, seed: 4));
        var background = Table(LeafWiseEnsembles.Rows(300, 4, seed: 5));
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions(Interventional: true, Background: background, BackgroundRows: 50));
        Assert.Equal(ExplainMethod.TreeInterventional, explanation.Method);
        Assert.Equal(50, explanation.BackgroundRows);
        var sample = model.InputVectors(BackgroundSample.Take(background, 50, 1));
        Assert.Equal(sample.Average(v => ensemble.Predict(v)), explanation.BaseValue, 12);
    }

    [Fact]
    public void LinearModel_UsesTheClosedForm()
    {
        var weights = new LinearModelWeights(1, [2.0, -1.0], ["a", "b"], ["a", "b"], [0.5, 0.25]);
        var model = new FakeModel(["a", "b"], x => 1 + 2 * x[0] - x[1], linear: weights);
        var explanation = ModelExplainer.Explain(model, Table([[1.0, 1.0], [0.0, 2.0]], "ab"), new ExplainOptions());
        Assert.Equal(ExplainMethod.Linear, explanation.Method);
        Assert.Equal(1 + 2 * 0.5 - 0.25, explanation.BaseValue, 12);
        Assert.Equal([1.0, -0.75], explanation.Values[0]);
        Assert.Equal([-1.0, -1.75], explanation.Values[1]);
    }

    [Fact]
    public void OtherModelWithFewColumns_EnumeratesRowsInOneBatchedCall()
    {
        var model = new FakeModel(["a", "b", "c"], x => x[0] * x[1] + Math.Sin(x[2]));
        var rows = Table(AgnosticTables.Numeric(3, 4, seed: 1).Columns.Select(c => c.Numbers!).ToArray() is var cols
            ? Enumerable.Range(0, 4).Select(r => cols.Select(c => c[r]).ToArray()).ToArray() : [], "abc");
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions(BackgroundRows: 3));
        Assert.Equal(ExplainMethod.ExactEnumeration, explanation.Method);
        Assert.Equal(4 * 8 * 3, explanation.ModelEvaluations);
        Assert.Equal(1 + 1, model.Calls); // 4 rows × 8 coalitions × 3 background rows in one call, and one for the raw outputs
        Assert.Contains("exact enumeration", explanation.Reason);
    }

    [Fact]
    public void OtherModelWithManyColumns_SamplesPermutations()
    {
        var names = AgnosticTables.Names(13);
        var model = new FakeModel(names, x => x.Sum() + x[0] * x[12]);
        var explanation = ModelExplainer.Explain(model, AgnosticTables.Numeric(13, 3, seed: 2), new ExplainOptions(BackgroundRows: 5, PermutationPairs: 2));
        Assert.Equal(ExplainMethod.PermutationSampling, explanation.Method);
        Assert.Contains("4 orders (seed 1)", explanation.Reason);
        Assert.True(explanation.MaxLocalAccuracyError <= 1e-9);
    }

    [Fact]
    public void LocalAccuracyViolation_ThrowsNamingTheRow()
    {
        var error = Assert.Throws<LocalAccuracyException>(() => LocalAccuracy.Check(1.0, [[0.5], [0.5]], [1.5, 1.6]));
        Assert.Contains("row 1", error.Message);
    }

    [Fact]
    public void ClassIndexOfRegression_IsRejected()
    {
        var model = new FakeModel(["a"], x => x[0]);
        Assert.Throws<ArgumentException>(() => ModelExplainer.Explain(model, Table([[1.0]], "a"), new ExplainOptions(ClassIndex: 1)));
    }

    private static Workbench.Ml.Data.TabularData Table(double[][] rows, string? names = null) => new("t", Enumerable.Range(0, rows[0].Length)
        .Select(c => Workbench.Ml.Data.DataColumn.Numeric(names is null ? $"f{c}" : names[c].ToString(),
            Workbench.Ml.Data.ColumnType.Real, rows.Select(r => r[c]).ToArray())).ToArray());
}
