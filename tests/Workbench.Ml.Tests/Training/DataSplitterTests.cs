using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class DataSplitterTests
{
    private static TabularData Table(int rows, Func<int, string> label, Func<int, double>? time = null, Func<int, string>? group = null) =>
        new("t", [
            DataColumn.Text("label", ColumnType.Categorical, Enumerable.Range(0, rows).Select(label).ToArray()),
            DataColumn.Numeric("time", ColumnType.Date, Enumerable.Range(0, rows).Select(r => time?.Invoke(r) ?? r).ToArray()),
            DataColumn.Text("group", ColumnType.Categorical, Enumerable.Range(0, rows).Select(r => group?.Invoke(r) ?? $"g{r % 10}").ToArray()),
        ]);

    [Fact]
    public void RandomSplit_HasScikitLearnSizesAndCoversEveryRowOnce()
    {
        var split = DataSplitter.Split(Table(101, r => r % 2 == 0 ? "a" : "b"), "label", new SplitOptions(TestFraction: 0.2, ValidationFraction: 0.1, Seed: 3));
        Assert.Equal(21, split.Test.Length);        // ceil(0.2 * 101), as train_test_split
        Assert.Equal(11, split.Validation.Length);  // ceil(0.1 * 101)
        Assert.Equal(Enumerable.Range(0, 101), split.Train.Concat(split.Validation).Concat(split.Test).Order());
        var again = DataSplitter.Split(Table(101, r => r % 2 == 0 ? "a" : "b"), "label", new SplitOptions(TestFraction: 0.2, ValidationFraction: 0.1, Seed: 3));
        Assert.Equal(split.Test, again.Test);
        Assert.Equal(split.Train, again.Train);
    }

    [Fact]
    public void StratifiedSplit_KeepsEachClassShare()
    {
        var data = Table(200, r => r < 20 ? "rare" : "common");
        var split = DataSplitter.Split(data, "label", new SplitOptions(SplitKind.Stratified, TestFraction: 0.25, Seed: 5));
        Assert.Equal(50, split.Test.Length);
        Assert.Equal(5, split.Test.Count(r => r < 20));   // 25 % of the 20 rare rows
        Assert.Equal(15, split.Train.Count(r => r < 20));
    }

    [Fact]
    public void TimeSplit_TrainsOnThePastAndTestsOnTheFuture()
    {
        var data = Table(100, _ => "a", time: r => 1000 - r);
        var split = DataSplitter.Split(data, "label", new SplitOptions(SplitKind.Time, 0.2, 0.1, Column: "time"));
        Assert.Equal(Enumerable.Range(0, 20), split.Test);        // the latest times are the first rows here
        Assert.Equal(Enumerable.Range(20, 10), split.Validation);
        Assert.Equal(Enumerable.Range(30, 70), split.Train);
    }

    [Fact]
    public void GroupSplit_NeverPutsAGroupOnBothSides()
    {
        var data = Table(100, _ => "a");
        var split = DataSplitter.Split(data, "label", new SplitOptions(SplitKind.Group, 0.3, Column: "group"));
        var groups = data["group"].Strings!;
        Assert.Empty(split.Train.Select(r => groups[r]).Intersect(split.Test.Select(r => groups[r])));
        Assert.Equal(30, split.Test.Length); // ceil(0.3 * 10 groups) = 3 groups of 10 rows
    }

    [Fact]
    public void KFold_EveryRowHeldOutOnceWithScikitLearnFoldSizes()
    {
        var folds = DataSplitter.Folds(Table(23, _ => "a"), "label", 5, new SplitOptions(Seed: 2));
        Assert.Equal([5, 5, 5, 4, 4], folds.Select(f => f.Test.Length)); // KFold: the first n % k folds get one more
        Assert.Equal(Enumerable.Range(0, 23), folds.SelectMany(f => f.Test).Order());
        Assert.All(folds, f => Assert.Empty(f.Train.Intersect(f.Test)));
    }

    [Fact]
    public void StratifiedKFold_EachFoldHasTheClassShare()
    {
        var folds = DataSplitter.Folds(Table(100, r => r < 20 ? "rare" : "common"), "label", 5, new SplitOptions(SplitKind.Stratified));
        Assert.All(folds, f => Assert.Equal(4, f.Test.Count(r => r < 20)));
        Assert.All(folds, f => Assert.Equal(20, f.Test.Length));
    }

    [Fact]
    public void TimeSeriesFolds_AreForwardLikeTimeSeriesSplit()
    {
        var folds = DataSplitter.Folds(Table(12, _ => "a"), "label", 3, new SplitOptions(SplitKind.Time, Column: "time"));
        // TimeSeriesSplit(n_splits=3) on 12 rows: train [0..2] test [3..5]; [0..5] [6..8]; [0..8] [9..11]
        Assert.Equal([3, 6, 9], folds.Select(f => f.Train.Length));
        Assert.Equal([9, 10, 11], folds[2].Test);
        Assert.All(folds, f => Assert.True(f.Train.Max() < f.Test.Min()));
    }

    [Fact]
    public void GroupKFold_KeepsGroupsTogether()
    {
        var data = Table(60, _ => "a", group: r => $"g{r % 6}");
        var folds = DataSplitter.Folds(data, "label", 3, new SplitOptions(SplitKind.Group, Column: "group"));
        var groups = data["group"].Strings!;
        Assert.All(folds, f => Assert.Empty(f.Train.Select(r => groups[r]).Intersect(f.Test.Select(r => groups[r]))));
        Assert.All(folds, f => Assert.Equal(20, f.Test.Length));
    }

    [Fact]
    public void BadSplits_ThrowClearMessages()
    {
        var data = Table(10, _ => "a");
        Assert.Contains("label column 'nope'", Assert.Throws<TrainingException>(() => DataSplitter.Split(data, "nope", new SplitOptions())).Message);
        Assert.Contains("only one class", Assert.Throws<TrainingException>(() => DataSplitter.Split(data, "label", new SplitOptions(SplitKind.Stratified))).Message);
        Assert.Contains("test fraction is 1.5", Assert.Throws<TrainingException>(() => DataSplitter.Split(data, "label", new SplitOptions(TestFraction: 1.5))).Message);
        Assert.Contains("too few for 11 folds", Assert.Throws<TrainingException>(() => DataSplitter.Folds(data, "label", 11, new SplitOptions())).Message);
        Assert.Contains("10 groups, but this split needs at least 12", Assert.Throws<TrainingException>(() =>
            DataSplitter.Folds(Table(40, _ => "a"), "label", 12, new SplitOptions(SplitKind.Group, Column: "group"))).Message);
    }

    [Fact]
    public void TakeRows_KeepsEveryColumnInOrder()
    {
        var taken = TableRows.Take(Table(5, r => $"c{r}"), [4, 1]);
        Assert.Equal(new string?[] { "c4", "c1" }, taken["label"].Strings!);
        Assert.Equal([4.0, 1.0], taken["time"].Numbers!);
    }
}
