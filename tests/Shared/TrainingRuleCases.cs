using System.Globalization;
using System.Text;

namespace Workbench.Tests.Shared;

/// <summary>The labels and training settings that the training page and <c>workbench train</c> must judge alike: each
/// host's test project runs every case through its own host and asserts these answers.</summary>
public static class TrainingRuleCases
{
    /// <summary>Rows of every generated dataset.</summary>
    public const int Rows = 60;

    /// <summary>A label rule (name, the label's values by row) and the task both hosts must infer.</summary>
    public static TheoryData<string, string> Labels => new()
    {
        { "two-numbers", "binary" },
        { "twelve-whole-numbers", "multiclass" },
        { "twenty-five-whole-numbers", "regression" },
        { "fractional", "regression" },
        { "three-words", "multiclass" },
    };

    /// <summary>The label value of <paramref name="row"/> for a case of <see cref="Labels"/>.</summary>
    public static string LabelValue(string kind, int row) => kind switch
    {
        "two-numbers" => (row % 2).ToString(CultureInfo.InvariantCulture),
        "twelve-whole-numbers" => (row % 12).ToString(CultureInfo.InvariantCulture),
        "twenty-five-whole-numbers" => (row % 25).ToString(CultureInfo.InvariantCulture),
        "fractional" => (row % 3 * 0.5 + 0.25).ToString(CultureInfo.InvariantCulture),
        "three-words" => ((string[])["red", "green", "blue"])[row % 3],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A CSV with a numeric feature <c>x</c> and the label <c>y</c> of that case.</summary>
    public static string Csv(string kind)
    {
        var csv = new StringBuilder("x,y\n");
        for (var row = 0; row < Rows; row++) csv.Append(CultureInfo.InvariantCulture, $"{row * 1.5 + 0.5},{LabelValue(kind, row)}\n");
        return csv.ToString();
    }

    /// <summary>LightGbm hyperparameters on a binary label (name=value as typed), and the verdict both hosts must give
    /// (null: accepted).</summary>
    public static TheoryData<string, string, string?> Hyperparameters => new()
    {
        { "UseCategoricalSplit", "TRUE", null },
        { "NumberOfLeaves", " 8 ", null },
        { "LearningRate", "AUTO", null },
        { "NumberOfLeaves", "1", "Hyperparameter NumberOfLeaves of LightGbm is 1, outside its valid range 2 to 1024 (or auto)." },
        { "NumberOfLeaves", "2.5", "Hyperparameter NumberOfLeaves of LightGbm is '2.5'; give a whole number from 2 to 1024 (or auto)." },
        { "L2Regularization", "0,5", "Hyperparameter L2Regularization of LightGbm is '0,5'; give a number (use a dot for decimals) from 0 to 1000." },
        { "UseCategoricalSplit", "yes", "Hyperparameter UseCategoricalSplit of LightGbm is 'yes'; give true or false." },
    };

    /// <summary>Fold counts and test fractions, and the verdict both hosts must give (null: accepted).</summary>
    public static TheoryData<int, double, string?> Limits => new()
    {
        { 0, 0.2, null },
        { 20, 0.25, null },
        { 21, 0.2, "Cross-validation takes 2 to 20 folds (0 or 1 for none), not 21." },
        { 5, 1.5, "The test fraction must lie strictly between 0 and 1, e.g. 0.2 (got 1.5)." },
        { 5, 0, "The test fraction must lie strictly between 0 and 1, e.g. 0.2 (got 0)." },
    };
}
