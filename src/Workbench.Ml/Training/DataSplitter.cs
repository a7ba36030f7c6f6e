using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>Splits rows into train, validation and test, or into cross-validation folds: random, stratified,
/// time-ordered or by group. The same seed gives the same split.</summary>
/// <remarks>Sizes follow scikit-learn's train_test_split: test = ⌈TestFraction · n⌉ rows (validation likewise), the rest
/// train. Random: one seeded Fisher–Yates shuffle, test first, validation next. Stratified: the test (then validation)
/// size is shared among the classes in proportion to their sizes (floor shares, then one more row for the largest
/// remainders), and each class's rows are shuffled and taken from, so every class keeps its share — the aim of
/// <c>train_test_split(stratify=y)</c>, though not its exact row choice. Time: the earliest rows train, then validation,
/// the latest rows test. Group: ⌈fraction · groups⌉ whole shuffled groups are held out (GroupShuffleSplit).</remarks>
public static class DataSplitter
{
    /// <summary>Splits <paramref name="data"/> into train, validation and test rows.</summary>
    /// <exception cref="TrainingException">The label or split column is missing, a fraction is out of range, there are
    /// too few rows or groups, or a stratified split's column has one class only.</exception>
    public static DataSplit Split(TabularData data, string label, SplitOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        SplitRows.RequireLabel(data, label);
        CheckFractions(options);
        var random = new Random(options.Seed);
        if (options.Kind == SplitKind.Group) return GroupSplit(data, options, random);
        int n = data.RowCount, test = Count(options.TestFraction, n), validation = Count(options.ValidationFraction, n);
        if (n - test - validation < 1 || test < 1)
            throw new TrainingException($"'{data.Name}' has {n} rows: too few for a test share of {options.TestFraction} and a validation share of {options.ValidationFraction} with at least one training row.");
        if (options.Kind == SplitKind.Stratified) return Stratified(SplitRows.Strata(data, options.Column ?? label), test, validation, random);
        var order = options.Kind == SplitKind.Time ? SplitRows.TimeOrder(data, options.Column) : SplitRows.Shuffled(Enumerable.Range(0, n), random);
        return options.Kind == SplitKind.Time
            ? new DataSplit(SplitRows.Sorted(order[..(n - test - validation)]), SplitRows.Sorted(order[(n - test - validation)..(n - test)]), SplitRows.Sorted(order[(n - test)..]))
            : new DataSplit(SplitRows.Sorted(order[(test + validation)..]), SplitRows.Sorted(order[test..(test + validation)]), SplitRows.Sorted(order[..test]));
    }

    /// <summary>k cross-validation folds, each with its held-out rows in <see cref="DataSplit.Test"/> and no validation:
    /// KFold (shuffled), StratifiedKFold, TimeSeriesSplit (expanding window) or GroupKFold by <see cref="SplitOptions.Kind"/>.</summary>
    /// <exception cref="TrainingException">k &lt; 2, too few rows or groups for k folds, or a missing column.</exception>
    public static IReadOnlyList<DataSplit> Folds(TabularData data, string label, int k, SplitOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        SplitRows.RequireLabel(data, label);
        if (k < 2) throw new TrainingException($"Cross-validation needs at least 2 folds, not {k}.");
        var n = data.RowCount;
        if (n < k) throw new TrainingException($"'{data.Name}' has {n} rows, too few for {k} folds; use at most {n} folds.");
        var random = new Random(options.Seed);
        return options.Kind switch
        {
            SplitKind.Random => Assign(n, k, SplitRows.Shuffled(Enumerable.Range(0, n), random).Select((row, i) => (row, Chunk(i, n, k)))),
            SplitKind.Stratified => Assign(n, k, StratifiedOrder(data, options.Column ?? label, k, random).Select((row, i) => (row, i % k))),
            SplitKind.Time => FoldSplitter.Forward(SplitRows.TimeOrder(data, options.Column), k, data.Name),
            _ => FoldSplitter.ByGroup(SplitRows.Groups(data, options.Column, k), n, k),
        };
    }

    private static int[] StratifiedOrder(TabularData data, string column, int k, Random random)
    {
        var strata = SplitRows.Strata(data, column);
        if (strata.All(s => s.Length < k))
            throw new TrainingException($"Every class of '{column}' has fewer rows than the {k} folds; use at most {strata.Max(s => s.Length)} folds.");
        return strata.SelectMany(s => SplitRows.Shuffled(s, random)).ToArray();
    }

    /// <summary>The fold of position i for KFold: the first n mod k folds get one row more.</summary>
    private static int Chunk(int i, int n, int k)
    {
        int size = n / k, extra = n % k, big = extra * (size + 1);
        return i < big ? i / (size + 1) : extra + (i - big) / size;
    }

    private static List<DataSplit> Assign(int n, int k, IEnumerable<(int Row, int Fold)> assignment)
    {
        var fold = new int[n];
        foreach (var (row, f) in assignment) fold[row] = f;
        return Enumerable.Range(0, k).Select(f => new DataSplit(
            Enumerable.Range(0, n).Where(r => fold[r] != f).ToArray(), [], Enumerable.Range(0, n).Where(r => fold[r] == f).ToArray())).ToList();
    }

    private static DataSplit Stratified(List<int[]> strata, int test, int validation, Random random)
    {
        var sizes = strata.Select(s => s.Length).ToArray();
        var testShares = SplitRows.Apportion(sizes, test);
        var validationShares = SplitRows.Apportion(sizes.Select((s, i) => s - testShares[i]).ToArray(), validation);
        List<int> train = [], valid = [], held = [];
        for (var c = 0; c < strata.Count; c++)
        {
            var rows = SplitRows.Shuffled(strata[c], random);
            held.AddRange(rows[..testShares[c]]);
            valid.AddRange(rows[testShares[c]..(testShares[c] + validationShares[c])]);
            train.AddRange(rows[(testShares[c] + validationShares[c])..]);
        }
        return new DataSplit(SplitRows.Sorted(train), SplitRows.Sorted(valid), SplitRows.Sorted(held));
    }

    private static DataSplit GroupSplit(TabularData data, SplitOptions options, Random random)
    {
        var groups = SplitRows.Groups(data, options.Column, options.ValidationFraction > 0 ? 3 : 2);
        int g = groups.Count, test = Count(options.TestFraction, g), validation = Count(options.ValidationFraction, g);
        if (g - test - validation < 1)
            throw new TrainingException($"Column '{options.Column}' has {g} groups: too few to hold out {test} for test and {validation} for validation and keep one for training.");
        var order = SplitRows.Shuffled(Enumerable.Range(0, g), random);
        int[] Rows(IEnumerable<int> chosen) => SplitRows.Sorted(chosen.SelectMany(i => groups[i]));
        return new DataSplit(Rows(order[(test + validation)..]), Rows(order[test..(test + validation)]), Rows(order[..test]));
    }

    private static int Count(double fraction, int n) => fraction == 0 ? 0 : (int)Math.Ceiling(fraction * n - 1e-9);

    private static void CheckFractions(SplitOptions options)
    {
        if (!(options.TestFraction > 0 && options.TestFraction < 1))
            throw new TrainingException($"The test fraction is {options.TestFraction}; choose a value between 0 and 1 (for example 0.2).");
        if (!(options.ValidationFraction >= 0 && options.ValidationFraction < 1))
            throw new TrainingException($"The validation fraction is {options.ValidationFraction}; choose a value from 0 (none) to below 1.");
        if (options.TestFraction + options.ValidationFraction >= 1)
            throw new TrainingException($"The test ({options.TestFraction}) and validation ({options.ValidationFraction}) fractions add up to 1 or more, leaving no training rows.");
    }
}
