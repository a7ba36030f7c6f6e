namespace Workbench.Web.Pipelines;

/// <summary>Which columns a step kind can work on, for the column picker.</summary>
public enum ColumnNeed
{
    /// <summary>Any column.</summary>
    Any,
    /// <summary>Numeric columns (integer, real, boolean, date).</summary>
    Numbers,
    /// <summary>Categories: categorical, text and boolean columns.</summary>
    Categories,
    /// <summary>No column list (the formula names its columns).</summary>
    None,
}

/// <summary>What a step kind does, in the builder's words, with its scikit-learn equivalent.</summary>
public sealed record StepKindInfo(string Kind, string Title, string Icon, string Help, string Sklearn);

/// <summary>The step kinds the builder offers, in the order of its "add step" buttons.</summary>
public static class StepKinds
{
    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<StepKindInfo> All =
    [
        new("impute", "Impute", MudBlazor.Icons.Material.Outlined.AutoFixHigh,
            "Fills missing values with the mean, median or most frequent value of the training rows, or a constant. The missing indicator adds a 0/1 column so the model can still tell which rows were missing.",
            "SimpleImputer(strategy=…, add_indicator=…)"),
        new("scale", "Scale", MudBlazor.Icons.Material.Outlined.Straighten,
            "Puts numbers on a common scale: standard (mean 0, standard deviation 1), min-max (0 to 1) or robust (median 0, interquartile range 1, little moved by outliers). Trees do not need it; linear models and distances do.",
            "StandardScaler / MinMaxScaler / RobustScaler"),
        new("power", "Power transform", MudBlazor.Icons.Material.Outlined.ShowChart,
            "Makes skewed numbers more symmetric: Yeo-Johnson learns the exponent λ that makes the column look most normal (then standardises); log1p takes log(1 + x) for counts and amounts.",
            "PowerTransformer(method=\"yeo-johnson\") / FunctionTransformer(np.log1p)"),
        new("one_hot", "One-hot encode", MudBlazor.Icons.Material.Outlined.ViewColumn,
            "Turns each category into its own 0/1 column. Categories not seen in training give all zeros. Drop if binary keeps one column for a yes/no feature.",
            "OneHotEncoder(drop=\"if_binary\", handle_unknown=\"ignore\")"),
        new("hash", "Hash", MudBlazor.Icons.Material.Outlined.Tag,
            "Maps values into a fixed number of columns with a hash function: no vocabulary to learn, so it suits columns with very many categories; different values may share a column.",
            "FeatureHasher(n_features=…, input_type=\"dict\")"),
        new("bin", "Bin", MudBlazor.Icons.Material.Outlined.BarChart,
            "Cuts numbers into bins numbered 0 … n − 1: uniform bins have equal widths, quantile bins hold equal numbers of training rows.",
            "KBinsDiscretizer(n_bins=…, encode=\"ordinal\", strategy=…)"),
        new("formula", "Formula", MudBlazor.Icons.Material.Outlined.Functions,
            "Adds a derived column computed from other numeric columns, e.g. a ratio or a log.",
            "FunctionTransformer / pandas DataFrame.eval"),
        new("drop", "Drop", MudBlazor.Icons.Material.Outlined.DeleteSweep,
            "Removes columns the model must not see: identifiers, free text, or leaks of the label.",
            "ColumnTransformer(remainder=\"drop\") / DataFrame.drop(columns=…)"),
    ];

    /// <summary>The kind's description.</summary>
    public static StepKindInfo Of(string kind) => All.First(k => k.Kind == kind);
}
