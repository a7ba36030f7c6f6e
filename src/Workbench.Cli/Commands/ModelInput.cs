using System.CommandLine;
using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary>Reads the <c>--input FILE</c> of the scoring commands: any format the importer reads, with the column types
/// the model was trained with (so a code column of digits stays categorical), checking that every input column is there.</summary>
public static class ModelInput
{
    /// <summary>The option.</summary>
    public static Option<string> Option(string description) => new("--input")
        { Description = description + " CSV, TSV, JSON or Parquet, with the model's input columns (extra columns are ignored).", HelpName = "FILE", Required = true };

    /// <summary>Reads the file for <paramref name="model"/>; with <paramref name="needLabel"/>, the label column must be there too.</summary>
    public static TabularData Read(string path, TrainedModel model, bool needLabel, IProgress<double>? progress, CancellationToken ct)
    {
        if (Directory.Exists(path)) throw new CliUsageException($"--input {path} is a folder; give the path of a data file.");
        if (!File.Exists(path)) throw new CliUsageException($"The --input file {path} does not exist; check the path.");
        var source = DataFileReader.Open(path, new ReadOptions());
        var inferred = TypeInference.Analyze(source, 0, progress, ct).Schema;
        var names = inferred.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var needed = model.InputSchema.Select(c => c.Name).Concat(needLabel ? [model.Label] : []);
        var missing = needed.Where(n => !names.Contains(n)).ToList();
        if (missing.Count > 0)
            throw new CliUsageException($"The input file {Path.GetFileName(path)} has no column{(missing.Count > 1 ? "s" : "")} " +
                $"{string.Join(", ", missing.Select(m => $"'{m}'"))}, which the model needs" +
                $"{(needLabel && missing.Contains(model.Label) ? " (the label, for the metrics)" : "")}; its columns are: {string.Join(", ", names)}.");
        var types = model.InputSchema.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        var schema = inferred.Select(c => types.TryGetValue(c.Name, out var t) ? new ColumnSchema(c.Name, t) : c).ToList();
        return source.ToTabularData(schema, Path.GetFileName(path));
    }
}
