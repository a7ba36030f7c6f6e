using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Ml.Data;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench datasets import FILE --name NAME</c>: reads a file into the workspace, all or nothing.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV, TSV, JSON or Parquet file to import." };
        var name = new Option<string>("--name") { Description = "The dataset's name in the workspace.", HelpName = "NAME", Required = true };
        var format = new Option<string?>("--format")
            { Description = "csv, tsv, json or parquet (default: detected from the extension and content).", HelpName = "FORMAT" };
        var delimiter = new Option<string?>("--delimiter")
            { Description = "The CSV delimiter: one character, or 'tab' (default: detected among , ; tab |).", HelpName = "C" };
        var types = new Option<string[]>("--type")
        {
            Description = "Override an inferred column type; repeat for several columns. " +
                          "TYPE is integer, real, boolean, date, categorical or text.",
            HelpName = "COL=TYPE",
        };
        var maxField = new Option<int>("--max-field-chars")
        {
            Description = "The longest single value accepted, in characters; a longer one stops the import with its line and column.",
            HelpName = "N", DefaultValueFactory = _ => FieldLimit.DefaultMaxChars,
        };
        var command = new Command("import", "Read a file into the workspace, inferring column types; prints the new dataset.")
            { file, name, format, delimiter, types, maxField };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path))
                throw new CliUsageException($"{path} is a folder; give the path of a CSV, TSV, JSON or Parquet file.");
            if (!File.Exists(path))
                throw new CliUsageException($"The file {path} does not exist; check the path.");
            if (parse.GetValue(maxField) < 1)
                throw new CliUsageException($"--max-field-chars must be at least 1 (got {parse.GetValue(maxField)}).");
            var options = new ReadOptions(ParseFormat(parse.GetValue(format)), ParseDelimiter(parse.GetValue(delimiter)), parse.GetValue(maxField));
            var overrides = (parse.GetValue(types) ?? []).Select(ParseType).ToList();
            var datasetName = DatasetNames.Validate(parse.GetValue(name));
            var store = context.OpenWorkspace(parse).GetRequiredService<IDatasetStore>();
            if (await store.GetAsync(datasetName, ct) is { } existing)
                throw new WorkspaceException($"A dataset named '{existing.Name}' already exists; choose another --name, " +
                    $"or delete it first with 'workbench datasets delete {existing.Name} --yes'.");
            IReadOnlyList<ColumnSchema>? schema = null;
            if (overrides.Count > 0)
            {
                using var analyzing = context.Progress("analyzing");
                schema = Override((await store.AnalyzeAsync(path, options, analyzing, ct)).Schema, overrides);
            }
            using var progress = context.Progress($"importing {datasetName}");
            var info = await store.ImportAsync(datasetName, path, options, schema, source: null, progress, ct);
            context.WriteJson(DatasetJson.From(info));
            return 0;
        });
        return command;
    }

    private static DataFormat? ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "csv" => DataFormat.Csv,
        "tsv" => DataFormat.Tsv,
        "json" => DataFormat.Json,
        "parquet" => DataFormat.Parquet,
        _ => throw new CliUsageException($"Unknown --format '{value}'; use csv, tsv, json or parquet."),
    };

    private static char? ParseDelimiter(string? value) => value switch
    {
        null => null,
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } when value[0] is not ('"' or '\r' or '\n') => value[0],
        _ => throw new CliUsageException($"Invalid --delimiter '{value}'; give one character such as ',' or ';', or 'tab'."),
    };

    private static ColumnSchema ParseType(string value)
    {
        var at = value.LastIndexOf('=');
        if (at <= 0 || at == value.Length - 1)
            throw new CliUsageException($"Invalid --type '{value}'; write COLUMN=TYPE, for example --type age=integer.");
        var type = ColumnTypes.Parse(value[(at + 1)..]) ?? throw new CliUsageException(
            $"Unknown type '{value[(at + 1)..]}' in --type {value}; use integer, real, boolean, date, categorical or text.");
        return new ColumnSchema(value[..at], type);
    }

    private static List<ColumnSchema> Override(IReadOnlyList<ColumnSchema> inferred, IReadOnlyList<ColumnSchema> overrides)
    {
        foreach (var o in overrides.Where(o => !inferred.Any(c => c.Name == o.Name)))
            throw new CliUsageException($"--type names column '{o.Name}', which the file does not have; " +
                $"its columns are: {string.Join(", ", inferred.Select(c => c.Name))}.");
        return inferred.Select(c => overrides.LastOrDefault(o => o.Name == c.Name) ?? c).ToList();
    }
}
