using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench datasets</c>: import, list, export, rename, delete and built-in datasets.</summary>
public static class DatasetsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("datasets", "Import, list, export, rename and delete datasets, and install built-in ones.");
        command.Subcommands.Add(ImportCommand.Create(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Rename(context));
        command.Subcommands.Add(Delete(context));
        command.Subcommands.Add(BuiltinCommand.Create(context));
        return command;
    }

    /// <summary>Opens the workspace and checks that the dataset exists, without creating a missing workspace.</summary>
    public static async Task<(IServiceProvider Services, DatasetInfo Dataset)> OpenDatasetAsync(CliContext context,
        ParseResult parse, string name, CancellationToken ct)
    {
        var path = CliContext.WorkspacePath(parse);
        if (!File.Exists(path))
            throw new CliUsageException($"There is no dataset named '{name}': the workspace {path} does not exist yet. " +
                "Import a dataset first, or pass --workspace PATH.");
        var services = context.OpenWorkspace(path);
        var store = services.GetRequiredService<IDatasetStore>();
        var dataset = await store.GetAsync(name, ct) ?? throw new WorkspaceException(
            $"There is no dataset named '{name}' in {path}; run 'workbench datasets list' to see the names.");
        return (services, dataset);
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the datasets in the workspace as a JSON array.");
        command.SetAction(async (parse, ct) =>
        {
            if (!CliContext.WorkspaceExists(parse))
            {
                context.WriteJson(Array.Empty<DatasetJson>());
                return 0;
            }
            var store = context.OpenWorkspace(parse).GetRequiredService<IDatasetStore>();
            context.WriteJson((await store.ListAsync(ct)).Select(DatasetJson.From).ToList());
            return 0;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset to export." };
        var output = new OutputFileOption("The CSV file to write (never the workspace itself; an existing file only with --force).",
            "FILE.csv", csv: true);
        var command = new Command("export", "Write a dataset as UTF-8 CSV (header, RFC 4180 quoting, empty cells for missing). " +
            "Text cells that start with =, +, -, @, tab or CR get a leading apostrophe so a spreadsheet does not run them as " +
            "formulas (numbers are unchanged; --no-formula-escape writes them as they are). The file is written beside the " +
            "target and renamed into place when complete, so a failed export leaves an existing file whole.") { name };
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var target = output.Target(parse)!;
            var (services, dataset) = await OpenDatasetAsync(context, parse, parse.GetValue(name)!, ct);
            using (var progress = context.Progress($"exporting {dataset.Name}"))
                await SafeOutputFile.WriteAsync(target, output.Overwrite(parse), (stream, c) => services.GetRequiredService<IDatasetStore>()
                    .ExportCsvAsync(dataset.Name, stream, output.Formulas(parse), progress, c), ct);
            context.WriteJson(new { name = dataset.Name, rows = dataset.Rows, @out = target });
            return 0;
        });
        return command;
    }

    private static Command Rename(CliContext context)
    {
        var oldName = new Argument<string>("OLD") { Description = "The dataset's current name." };
        var newName = new Argument<string>("NEW") { Description = "The new name." };
        var command = new Command("rename", "Rename a dataset; its content and fingerprint are unchanged.") { oldName, newName };
        command.SetAction(async (parse, ct) =>
        {
            var target = DatasetNames.Validate(parse.GetValue(newName));
            var (services, dataset) = await OpenDatasetAsync(context, parse, parse.GetValue(oldName)!, ct);
            var renamed = await services.GetRequiredService<IDatasetStore>().RenameAsync(dataset.Name, target, ct);
            context.WriteJson(DatasetJson.From(renamed));
            return 0;
        });
        return command;
    }

    private static Command Delete(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset to delete." };
        var yes = new Option<bool>("--yes") { Description = "Confirm the deletion (it cannot be undone)." };
        var command = new Command("delete", "Delete a dataset, its table and its cached results.") { name, yes };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(name)!;
            if (!parse.GetValue(yes))
                throw new CliUsageException($"Deleting '{target}' cannot be undone; add --yes to confirm.");
            var (services, dataset) = await OpenDatasetAsync(context, parse, target, ct);
            await services.GetRequiredService<IDatasetStore>().DeleteAsync(dataset.Name, ct);
            context.WriteJson(new { deleted = dataset.Name });
            return 0;
        });
        return command;
    }
}
