using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A step with the parameters it learned from the training table; applying it never changes them.</summary>
public abstract record FittedStep
{
    /// <summary>The step as specified.</summary>
    public abstract PipelineStep Step { get; }

    /// <summary>Applies the fitted step to <paramref name="table"/>, returning a new table.</summary>
    internal abstract TabularData Apply(TabularData table, StepContext context);
}

/// <summary>A fitted <see cref="DropStep"/> (it learns nothing).</summary>
public sealed record FittedDrop(DropStep Drop) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Drop;

    internal override TabularData Apply(TabularData table, StepContext context)
    {
        foreach (var c in Drop.Columns) context.Require(table, c);
        var removed = Drop.Columns.ToDictionary(c => c, _ => (IReadOnlyList<DataColumn>)[]);
        return TableEdit.Apply(table, removed);
    }
}
