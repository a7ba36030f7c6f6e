using System.Globalization;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Pipelines.Formula;

namespace Workbench.Web.Pipelines;

/// <summary>A step being edited in the builder: every option of its kind, which may not (yet) make a valid step.</summary>
public sealed class StepDraft
{
    /// <summary>Defaults of a new step.</summary>
    public static class Defaults
    {
        /// <summary>Hashed columns.</summary>
        public const int HashFeatures = 16;

        /// <summary>Bins.</summary>
        public const int Bins = 5;
    }

    /// <summary>A new draft of <paramref name="kind"/> with default options.</summary>
    public StepDraft(string kind) => Kind = kind;

    /// <summary>The step kind ("impute", "scale", ...).</summary>
    public string Kind { get; }

    /// <summary>A stable id for rendering (@key) while steps move.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The column group.</summary>
    public List<string> Columns { get; set; } = [];

    /// <summary>Impute: how the fill value is chosen.</summary>
    public ImputeStrategy Strategy { get; set; } = ImputeStrategy.Mean;

    /// <summary>Impute, constant strategy: the fill value as typed (a number, or text); empty for the default.</summary>
    public string Fill { get; set; } = "";

    /// <summary>Impute: add a 0/1 missing indicator column.</summary>
    public bool AddIndicator { get; set; }

    /// <summary>Scale: the scaler.</summary>
    public ScaleMethod ScaleMethod { get; set; } = ScaleMethod.Standard;

    /// <summary>Power: the transform.</summary>
    public PowerMethod PowerMethod { get; set; } = PowerMethod.YeoJohnson;

    /// <summary>One-hot: keep one column for two categories.</summary>
    public bool DropIfBinary { get; set; } = true;

    /// <summary>Hash: the number of output columns.</summary>
    public int HashFeatures { get; set; } = Defaults.HashFeatures;

    /// <summary>Bin: how the edges are placed.</summary>
    public BinStrategy BinStrategy { get; set; } = BinStrategy.Quantile;

    /// <summary>Bin: the number of bins.</summary>
    public int Bins { get; set; } = Defaults.Bins;

    /// <summary>Formula: the new column's name.</summary>
    public string FormulaName { get; set; } = "";

    /// <summary>Formula: the expression.</summary>
    public string Formula { get; set; } = "";

    /// <summary>The columns this step can take.</summary>
    public ColumnNeed Need => Kind switch
    {
        "impute" => Strategy is ImputeStrategy.Mean or ImputeStrategy.Median ? ColumnNeed.Numbers : ColumnNeed.Any,
        "scale" or "power" or "bin" => ColumnNeed.Numbers,
        "one_hot" or "hash" => ColumnNeed.Categories,
        "formula" => ColumnNeed.None,
        _ => ColumnNeed.Any,
    };

    /// <summary>What must be fixed before the step can run, or null; checked without data.</summary>
    public string? Problem()
    {
        if (Need != ColumnNeed.None && Columns.Count == 0) return "Choose at least one column.";
        switch (Kind)
        {
            case "hash" when HashFeatures is < 1 or > 4096: return "Choose between 1 and 4,096 hashed columns.";
            case "bin" when Bins is < 2 or > 1000: return "Choose between 2 and 1,000 bins.";
            case "formula" when string.IsNullOrWhiteSpace(FormulaName): return "Give the new column a name.";
            case "formula":
                try { FormulaParser.Parse(Formula); }
                catch (PipelineException e) { return e.Message; }
                break;
        }
        return null;
    }

    /// <summary>The step this draft describes (call when <see cref="Problem"/> is null).</summary>
    public PipelineStep ToStep() => Kind switch
    {
        "impute" => new ImputeStep(Columns.ToList(), Strategy, AddIndicator, FillNumber(), FillText()),
        "scale" => new ScaleStep(Columns.ToList(), ScaleMethod),
        "power" => new PowerStep(Columns.ToList(), PowerMethod),
        "one_hot" => new OneHotStep(Columns.ToList(), DropIfBinary),
        "hash" => new HashStep(Columns.ToList(), HashFeatures, hashSign, hashPrefix),
        "bin" => new BinStep(Columns.ToList(), BinStrategy, Bins),
        "formula" => new FormulaStep(FormulaName.Trim(), Formula),
        _ => new DropStep(Columns.ToList()),
    };

    /// <summary>A draft holding every option of <paramref name="step"/>.</summary>
    public static StepDraft From(PipelineStep step)
    {
        var d = new StepDraft(step.Kind);
        switch (step)
        {
            case ImputeStep s:
                (d.Columns, d.Strategy, d.AddIndicator) = (List(s.Columns), s.Strategy, s.AddIndicator);
                d.Fill = s.FillNumber?.ToString("R", CultureInfo.InvariantCulture) ?? s.FillText ?? "";
                break;
            case ScaleStep s: (d.Columns, d.ScaleMethod) = (List(s.Columns), s.Method); break;
            case PowerStep s: (d.Columns, d.PowerMethod) = (List(s.Columns), s.Method); break;
            case OneHotStep s: (d.Columns, d.DropIfBinary) = (List(s.Columns), s.DropIfBinary); break;
            case HashStep s: (d.Columns, d.HashFeatures, d.hashSign, d.hashPrefix) = (List(s.Columns), s.Features, s.AlternateSign, s.Prefix ?? "hash"); break;
            case BinStep s: (d.Columns, d.BinStrategy, d.Bins) = (List(s.Columns), s.Strategy, s.Bins); break;
            case FormulaStep s: (d.FormulaName, d.Formula) = (s.Name ?? "", s.Formula ?? ""); break;
            case DropStep s: d.Columns = List(s.Columns); break;
        }
        return d;
    }

    private static List<string> List(IReadOnlyList<string>? columns) => columns?.ToList() ?? [];

    // Options the builder does not show but keeps when a spec is loaded, so a load-save round trip changes nothing.
    private bool hashSign = true;
    private string hashPrefix = "hash";

    private double? FillNumber() => Strategy == ImputeStrategy.Constant &&
        double.TryParse(Fill, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private string? FillText() => Strategy == ImputeStrategy.Constant && Fill.Length > 0 && FillNumber() is null ? Fill : null;
}
