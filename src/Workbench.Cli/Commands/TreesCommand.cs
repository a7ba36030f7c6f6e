using System.CommandLine;
using System.Text.Json;
using Workbench.Cli.Output;
using Workbench.Ml.Explain;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench trees --run ID --out FILE.json [--input FILE]</c>: the fitted tree ensemble of a run as the JSON of
/// JSON, for tree viewers and independent checks. Writes nothing to the workspace.</summary>
public static class TreesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new ModelSource();
        var output = new OutputFileOption("The JSON file to write.", "FILE.json");
        var input = new Option<string?>("--input")
            { Description = "Also write each row of this file as the model's input vector (\"rows\").", HelpName = "FILE" };
        var klass = new Option<string?>("--class")
            { Description = "Multiclass: the class whose trees to export (default: the first class).", HelpName = "C" };
        var command = new Command("trees", "Export a tree model (FastTree, FastForest, LightGbm) as JSON: bias, input slots and " +
            "the original column of each, and every tree's nodes (slot, threshold, children, cover, categorical slots) and leaves " +
            "(value, cover). A child c < 0 is leaf ~c; numeric splits go left when x[slot] <= threshold; categorical splits go " +
            "right when any of their slots is > 0; raw output = bias + sum of weight * leaf value. Prints a JSON summary.")
            { input, klass };
        output.AddTo(command);
        source.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var target = output.Target(parse, parse.GetValue(input))!;
            var (_, model, label) = await source.LoadAsync(context, parse, ct);
            int classIndex = ExplainClass.Index(model, parse.GetValue(klass));
            var ensemble = model.Trees(classIndex) ?? throw new CliUsageException(
                $"The model of {label} is a {model.Trainer} model, not a tree ensemble; 'trees' exports FastTree, FastForest and LightGbm models.");
            double[][]? rows = null;
            if (parse.GetValue(input) is { } file)
                rows = model.InputVectors(ModelInput.Read(file, model, needLabel: false, null, ct));
            var json = TreesJson.From(ensemble, rows);
            await SafeOutputFile.WriteAsync(target, output.Overwrite(parse),
                (stream, c) => JsonSerializer.SerializeAsync(stream, json, TreeJsonOptions, c), ct);
            context.WriteJson(new { model = label, trees = ensemble.Trees.Count, slots = ensemble.Slots.Count,
                rows = rows?.Length, @out = target });
            return 0;
        });
        return command;
    }

    private static readonly JsonSerializerOptions TreeJsonOptions = new(CliJson.Options)
        { WriteIndented = false, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
}
