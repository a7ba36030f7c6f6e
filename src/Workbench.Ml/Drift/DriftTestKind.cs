using System.Text.Json.Serialization;

namespace Workbench.Ml.Drift;

/// <summary>The statistical tests and distances a column can be compared with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DriftTestKind>))]
public enum DriftTestKind
{
    /// <summary>Two-sample Kolmogorov–Smirnov test (numeric).</summary>
    [JsonStringEnumMemberName("ks")] Ks,

    /// <summary>Pearson chi-square test on the 2×k table of counts.</summary>
    [JsonStringEnumMemberName("chisquare")] ChiSquare,

    /// <summary>Two-proportion z-test with pooled proportion (two values).</summary>
    [JsonStringEnumMemberName("z")] Z,

    /// <summary>Wasserstein-1 distance normed by the reference standard deviation (numeric).</summary>
    [JsonStringEnumMemberName("wasserstein")] Wasserstein,

    /// <summary>Jensen–Shannon distance (natural log) between binned distributions.</summary>
    [JsonStringEnumMemberName("jensenshannon")] JensenShannon,

    /// <summary>Population stability index between binned distributions.</summary>
    [JsonStringEnumMemberName("psi")] Psi,

    /// <summary>Kullback–Leibler divergence of the reference from the current binned distribution.</summary>
    [JsonStringEnumMemberName("kl")] Kl,

    /// <summary>Hellinger distance between binned distributions.</summary>
    [JsonStringEnumMemberName("hellinger")] Hellinger,

    /// <summary>L-infinity distance (largest difference of shares), as TFDV uses it.</summary>
    [JsonStringEnumMemberName("linf")] Linf,
}

/// <summary>How p-values are adjusted when many columns are tested at once.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DriftCorrection>))]
public enum DriftCorrection
{
    /// <summary>No adjustment: the adjusted p-value is the p-value.</summary>
    [JsonStringEnumMemberName("none")] None,

    /// <summary>Bonferroni: p·k, capped at 1.</summary>
    [JsonStringEnumMemberName("bonferroni")] Bonferroni,

    /// <summary>Benjamini–Hochberg false discovery rate (statsmodels' <c>fdr_bh</c>).</summary>
    [JsonStringEnumMemberName("bh")] BenjaminiHochberg,
}

/// <summary>Whether a column holds numbers or categories (text).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DriftColumnKind>))]
public enum DriftColumnKind
{
    /// <summary>Numbers (integer, real, boolean or date).</summary>
    [JsonStringEnumMemberName("numeric")] Numeric,

    /// <summary>Categories or text.</summary>
    [JsonStringEnumMemberName("categorical")] Categorical,
}

/// <summary>Names and properties of the drift tests.</summary>
public static class DriftTestKinds
{
    /// <summary>The name used in JSON and on the command line ("ks", "chisquare", ...).</summary>
    public static string ToName(this DriftTestKind kind) => kind switch
    {
        DriftTestKind.Ks => "ks",
        DriftTestKind.ChiSquare => "chisquare",
        DriftTestKind.Z => "z",
        DriftTestKind.Wasserstein => "wasserstein",
        DriftTestKind.JensenShannon => "jensenshannon",
        DriftTestKind.Psi => "psi",
        DriftTestKind.Kl => "kl",
        DriftTestKind.Hellinger => "hellinger",
        _ => "linf",
    };

    /// <summary>Parses a test name ("ks", "chisquare", ...); null when unknown.</summary>
    public static DriftTestKind? Parse(string? name) =>
        Enum.GetValues<DriftTestKind>().Cast<DriftTestKind?>()
            .FirstOrDefault(k => string.Equals(k!.Value.ToName(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True for tests that give a p-value (drift when p &lt; threshold); false for distances (drift when ≥ threshold).</summary>
    public static bool HasPValue(this DriftTestKind kind) => kind is DriftTestKind.Ks or DriftTestKind.ChiSquare or DriftTestKind.Z;

    /// <summary>True for tests that need numbers (KS and Wasserstein).</summary>
    public static bool NeedsNumbers(this DriftTestKind kind) => kind is DriftTestKind.Ks or DriftTestKind.Wasserstein;

    /// <summary>The test's name in words, for reasons and tables.</summary>
    public static string Title(this DriftTestKind kind) => kind switch
    {
        DriftTestKind.Ks => "two-sample Kolmogorov–Smirnov",
        DriftTestKind.ChiSquare => "chi-square",
        DriftTestKind.Z => "two-proportion z-test",
        DriftTestKind.Wasserstein => "normed Wasserstein",
        DriftTestKind.JensenShannon => "Jensen–Shannon distance",
        DriftTestKind.Psi => "population stability index",
        DriftTestKind.Kl => "Kullback–Leibler divergence",
        DriftTestKind.Hellinger => "Hellinger distance",
        _ => "L-infinity distance",
    };
}
