using Workbench.Ml.Data;
using Workbench.Ml.Pipelines.Formula;

namespace Workbench.Ml.Pipelines;

/// <summary>A fitted <see cref="FormulaStep"/>: the parsed formula (it learns nothing) and the columns it reads.</summary>
public sealed record FittedFormula(FormulaStep Derive, FormulaNode Expression, IReadOnlyList<string> InputColumns) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Derive;

    /// <summary>Parses the formula and checks its columns against <paramref name="table"/>.</summary>
    internal static FittedFormula Create(FormulaStep step, TabularData table, StepContext context)
    {
        if (string.IsNullOrWhiteSpace(step.Name)) throw context.Error("the derived column has no name. Give it a name.");
        FormulaNode expression;
        try { expression = FormulaParser.Parse(step.Formula); }
        catch (PipelineException e) { throw context.Error(e.Message, e.Position); }
        var fitted = new FittedFormula(step, expression, expression.Columns());
        foreach (var c in fitted.InputColumns) context.RequireNumeric(table, c);
        context.CheckNew(table, [step.Name], []);
        return fitted;
    }

    internal override TabularData Apply(TabularData table, StepContext context)
    {
        var inputs = InputColumns.ToDictionary(c => c, c => context.RequireNumeric(table, c).Numbers!);
        var values = new double[table.RowCount];
        var row = 0;
        Func<string, double> lookup = name => inputs[name][row];
        for (; row < values.Length; row++) values[row] = Expression.Evaluate(lookup);
        return TableEdit.Apply(table, new Dictionary<string, IReadOnlyList<DataColumn>>(),
            [DataColumn.Numeric(Derive.Name, ColumnType.Real, values)]);
    }
}
