using System.Globalization;
using Workbench.Ml.DriftLab;

namespace Workbench.Web.DriftLab;

/// <summary>The laboratory form's editable settings, with the sample sizes as text ("50, 100, 200").</summary>
public sealed class DriftLabDraft
{
    /// <summary>The kind of drift injected.</summary>
    public DriftInjectionKind Kind { get; set; } = DriftInjectionKind.MeanShift;
    /// <summary>The drift's size in the kind's unit.</summary>
    public double Size { get; set; } = DriftInjectionKind.MeanShift.DefaultSize();
    /// <summary>Sample sizes, separated by commas or spaces.</summary>
    public string SampleSizes { get; set; } = string.Join(", ", DriftLabOptions.Defaults.SampleSizes);
    /// <summary>Repetitions per size and hypothesis.</summary>
    public int Repetitions { get; set; } = DriftLabOptions.Defaults.Repetitions;
    /// <summary>Significance level.</summary>
    public double Alpha { get; set; } = DriftLabOptions.Defaults.Alpha;
    /// <summary>Synthetic columns tested together.</summary>
    public int Columns { get; set; } = DriftLabOptions.Defaults.Columns;
    /// <summary>Seed.</summary>
    public long Seed { get; set; } = DriftLabOptions.Defaults.Seed;

    /// <summary>Switches the kind and resets the size to that kind's default.</summary>
    public void SetKind(DriftInjectionKind kind) => (Kind, Size) = (kind, kind.DefaultSize());

    /// <summary>The options, or the first problem (what is wrong and how to fix it).</summary>
    public (DriftLabOptions? Options, string? Problem) ToOptions()
    {
        var sizes = new List<int>();
        foreach (var part in SampleSizes.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                return (null, $"'{part}' is not a whole number; list sample sizes like 50, 100, 500.");
            sizes.Add(n);
        }
        var options = new DriftLabOptions
        {
            Kind = Kind, Size = Size, SampleSizes = sizes, Repetitions = Repetitions, Alpha = Alpha, Columns = Columns, Seed = Seed,
        };
        try
        {
            options.Validate();
            return (options, null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }
}
