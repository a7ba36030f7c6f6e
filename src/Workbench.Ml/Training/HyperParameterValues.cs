using System.Globalization;

namespace Workbench.Ml.Training;

/// <summary>Resolved hyperparameter values (see <see cref="TrainerCatalog.Resolve"/>) read as typed values.</summary>
internal sealed class HyperParameterValues(IReadOnlyDictionary<string, string> values)
{
    /// <summary>True when the trainer has that hyperparameter.</summary>
    public bool Has(string name) => values.ContainsKey(name);

    public int Int(string name) => int.Parse(values[name], CultureInfo.InvariantCulture);

    public double Real(string name) => double.Parse(values[name], CultureInfo.InvariantCulture);

    public bool Bool(string name) => values[name] == "true";

    /// <summary>The value, or null when it is <see cref="TrainerCatalog.Auto"/>.</summary>
    public double? AutoReal(string name) => values[name] == TrainerCatalog.Auto ? null : Real(name);

    /// <summary>The value, or null when it is <see cref="TrainerCatalog.Auto"/>.</summary>
    public int? AutoInt(string name) => values[name] == TrainerCatalog.Auto ? null : Int(name);
}
