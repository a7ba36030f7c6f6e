using System.Globalization;

namespace Workbench.Ml.Training;

/// <summary>Every limit a training request is held to, in one place, so the training page, <c>workbench train</c>, the
/// workspace check and later tuning searches refuse the same requests with the same words.</summary>
public static class TrainingLimits
{
    /// <summary>An integer label with more distinct values than this is treated as a regression target.</summary>
    public const int MaxIntegerClasses = 20;

    /// <summary>The most classes a multiclass label may have.</summary>
    public const int MaxClasses = 100;

    /// <summary>The fewest cross-validation folds (0 or 1 mean no cross-validation).</summary>
    public const int MinFolds = 2;

    /// <summary>The most cross-validation folds.</summary>
    public const int MaxFolds = 20;

    /// <summary>The problem with a fold count, or null when it is valid (0 or 1: none; otherwise
    /// <see cref="MinFolds"/> to <see cref="MaxFolds"/>).</summary>
    public static string? FoldsProblem(int folds) => folds is < 0 or > MaxFolds
        ? $"Cross-validation takes {MinFolds} to {MaxFolds} folds (0 or 1 for none), not {folds}."
        : null;

    /// <summary>The problem with the test and validation fractions, or null when both are valid: the test fraction
    /// lies strictly between 0 and 1, the validation fraction is at least 0, and together they stay below 1.</summary>
    public static string? FractionsProblem(double test, double validation)
    {
        if (test is not (> 0 and < 1))
            return $"The test fraction must lie strictly between 0 and 1, e.g. 0.2 (got {Text(test)}).";
        if (validation is not (>= 0 and < 1) || test + validation >= 1)
            return $"The validation fraction must be at least 0, and test + validation ({Text(test)} + {Text(validation)}) " +
                "must stay below 1 to leave rows to train on.";
        return null;
    }

    private static string Text(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
