using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary>The <c>--class C</c> of <c>explain</c> and <c>trees</c>: which class's raw score a multiclass model is explained on.</summary>
public static class ExplainClass
{
    /// <summary>The index in <see cref="TrainedModel.Classes"/> of class <paramref name="name"/>; 0 when not given.</summary>
    public static int Index(TrainedModel model, string? name)
    {
        if (name is null) return 0;
        if (model.Task != TaskKind.Multiclass)
            throw new CliUsageException($"--class applies to multiclass models only; this is a {model.Task.ToString().ToLowerInvariant()} " +
                "model, whose raw output is explained as is. Leave --class out.");
        for (int k = 0; k < model.Classes.Count; k++)
            if (model.Classes[k] == name) return k;
        throw new CliUsageException($"The model has no class '{name}'; its classes are: {string.Join(", ", model.Classes)}.");
    }
}
