using System.CommandLine;
using Workbench.Cli.Output;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench predict --run ID|--model NAME --input FILE --out FILE.csv</c>: scores a file with a tracked or
/// registered model and writes one CSV row per input row, in order. Writes nothing to the workspace.</summary>
public static class PredictCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new ModelSource();
        var input = ModelInput.Option("The rows to score.");
        var output = new OutputFileOption("The CSV file to write.", "FILE.csv", csv: true);
        var command = new Command("predict", "Score a file: writes a CSV with one row per input row, in order: Score (the raw " +
            "output: margin for binary, value for regression, the predicted class's score for multiclass), then Probability " +
            "(binary: of the positive class) and PredictedLabel for classification, and Probability.<class> per class for " +
            "multiclass. Numbers are written with round-trip precision; text cells that a spreadsheet would run as formulas are " +
            "escaped (see --no-formula-escape). Prints a JSON summary.") { input };
        output.AddTo(command);
        source.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var target = output.Target(parse, parse.GetValue(input))!;
            var (_, model, label) = await source.LoadAsync(context, parse, ct);
            var data = ModelInput.Read(parse.GetValue(input)!, model, needLabel: false, null, ct);
            ModelPredictions predictions;
            using (context.Progress("scoring"))
                predictions = model.Predict(data);
            var table = Table(model, predictions);
            await SafeOutputFile.WriteAsync(target, output.Overwrite(parse), (stream, c) => table.WriteAsync(stream, output.Formulas(parse), c), ct);
            context.WriteJson(new { model = label, task = TaskName(model.Task), rows = data.RowCount, @out = target });
            return 0;
        });
        return command;
    }

    /// <summary>The prediction columns <c>workbench predict</c> writes for a model's task.</summary>
    public static CsvColumns Table(TrainedModel model, ModelPredictions p)
    {
        var table = new CsvColumns(p.Score.Length).Add("Score", p.Score);
        if (p.Probability is { } probability) table.Add("Probability", probability);
        if (p.PredictedLabel is { } predicted) table.Add("PredictedLabel", predicted);
        if (p.ClassProbabilities is { } perClass)
            for (int k = 0; k < model.Classes.Count; k++)
            {
                int klass = k;
                table.Add($"Probability.{model.Classes[k]}", perClass.Select(row => row[klass]).ToArray());
            }
        return table;
    }

    /// <summary>The task as printed: binary, multiclass or regression.</summary>
    public static string TaskName(TaskKind task) => task.ToString().ToLowerInvariant();
}
