using System.CommandLine;
using Workbench.Cli.Output;
using Workbench.Ml.Explain;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench explain --run ID --input FILE --out FILE.csv ...</c>: SHAP values of every input row on the model's
/// raw output, one column per original feature. Writes nothing to the workspace.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new ModelSource();
        var input = ModelInput.Option("The rows to explain.");
        var output = new OutputFileOption("The CSV file to write.", "FILE.csv", csv: true);
        var method = new Option<string>("--method")
        {
            Description = "auto (tree for tree ensembles, linear for linear models, else exact up to 12 features, permutation above), " +
                          "tree (exact TreeSHAP), linear, exact (every coalition) or permutation (antithetic sampling).",
            HelpName = "METHOD", DefaultValueFactory = _ => "auto",
        };
        var background = new Option<int>("--background")
            { Description = "Background rows (drawn from the input with the seed) for the interventional and model-agnostic methods.", HelpName = "N", DefaultValueFactory = _ => 100 };
        var klass = new Option<string?>("--class") { Description = "Multiclass: the class whose raw score to explain (default: the first class).", HelpName = "C" };
        var interventional = new Option<bool>("--interventional") { Description = "Tree models: interventional TreeSHAP over the background rows instead of the path-dependent form." };
        var seed = new Option<int>("--seed") { Description = "Seed of the background sample and of permutation sampling.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var command = new Command("explain", "SHAP values of the model's raw output (margin for binary, value for regression, a class's " +
            "score for multiclass) for every input row, in order: base_value, one column per original feature (a one-hot or hashed " +
            "column is one player), and output (= predict's Score); base_value + the values = output on every row (checked). " +
            "Prints a JSON summary with the method used.") { input, method, background, klass, interventional, seed };
        output.AddTo(command);
        source.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var target = output.Target(parse, parse.GetValue(input))!;
            var chosen = ParseMethod(parse.GetValue(method)!);
            var n = parse.GetValue(background);
            if (n < 1) throw new CliUsageException($"--background must be at least 1 row (got {n}); 100 is the usual choice.");
            var (_, model, label) = await source.LoadAsync(context, parse, ct);
            var isInterventional = parse.GetValue(interventional);
            var forced = chosen == "tree" && isInterventional ? ExplainMethod.TreeInterventional : Method(chosen);
            var options = new ExplainOptions(ExplainClass.Index(model, parse.GetValue(klass)), forced, isInterventional,
                BackgroundRows: n, Seed: parse.GetValue(seed));
            var data = ModelInput.Read(parse.GetValue(input)!, model, needLabel: false, null, ct);
            Explanation explanation;
            using (var progress = context.Progress("explaining"))
            {
                try { explanation = ModelExplainer.Explain(model, data, options, progress, ct); }
                catch (ArgumentException e) { throw new CliUsageException($"--method {chosen}: {e.Message}"); }
            }
            var table = Table(explanation);
            await SafeOutputFile.WriteAsync(target, output.Overwrite(parse), (stream, c) => table.WriteAsync(stream, output.Formulas(parse), c), ct);
            context.WriteJson(new { model = label, method = explanation.Method, reason = explanation.Reason, players = explanation.Players,
                baseValue = explanation.BaseValue, maxLocalAccuracyError = explanation.MaxLocalAccuracyError,
                backgroundRows = explanation.BackgroundRows, modelEvaluations = explanation.ModelEvaluations, rows = data.RowCount, @out = target });
            return 0;
        });
        return command;
    }

    /// <summary>base_value, one column per player, output.</summary>
    public static CsvColumns Table(Explanation e)
    {
        var table = new CsvColumns(e.RawOutput.Length).Add("base_value", e.RawOutput.Select(_ => e.BaseValue).ToArray());
        for (int p = 0; p < e.Players.Count; p++)
        {
            int player = p;
            table.Add(e.Players[p], e.Values.Select(row => row[player]).ToArray());
        }
        return table.Add("output", e.RawOutput);
    }

    private static string ParseMethod(string value) => value.Trim().ToLowerInvariant() is var m && m is "auto" or "tree" or "linear" or "exact" or "permutation"
        ? m : throw new CliUsageException($"Unknown --method '{value}'; use auto, tree, linear, exact or permutation.");

    private static ExplainMethod? Method(string method) => method switch
    {
        "tree" => ExplainMethod.TreePathDependent,
        "linear" => ExplainMethod.Linear,
        "exact" => ExplainMethod.ExactEnumeration,
        "permutation" => ExplainMethod.PermutationSampling,
        _ => null,
    };
}
