using System.CommandLine;
using System.Globalization;
using Workbench.Cli.Output;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench evaluate --run ID|--model NAME --input FILE [--threshold T]</c>: the metrics of a model on a labeled
/// file, named and defined as in scikit-learn. Writes nothing.</summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new ModelSource();
        var input = ModelInput.Option("The labeled rows (with the model's label column).");
        var threshold = new Option<double>("--threshold")
            { Description = "Binary: predict positive when the probability is >= T.", HelpName = "T", DefaultValueFactory = _ => 0.5 };
        var command = new Command("evaluate", "Score a labeled file and print its metrics as JSON {rows, metrics}: binary log_loss, " +
            "roc_auc, average_precision, accuracy, precision, recall, f1, balanced_accuracy, cohen_kappa, brier_score; multiclass " +
            "accuracy, f1_macro, f1_micro, log_loss; regression rmse, mae, r2, mape (as scikit-learn computes them).")
            { input, threshold };
        source.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var t = parse.GetValue(threshold);
            if (!(t >= 0 && t <= 1))
                throw new CliUsageException($"--threshold must be a probability between 0 and 1 (got {t.ToString(CultureInfo.InvariantCulture)}).");
            var (_, model, label) = await source.LoadAsync(context, parse, ct);
            var data = ModelInput.Read(parse.GetValue(input)!, model, needLabel: true, null, ct);
            EvaluationReport report;
            using (context.Progress("evaluating"))
                report = ModelEvaluator.Evaluate(model, data, t);
            context.WriteJson(EvaluateJson.From(label, report));
            return 0;
        });
        return command;
    }
}
