using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench datasets builtin [NAME]</c>: lists the built-in datasets, or installs one.</summary>
public static class BuiltinCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("NAME")
            { Description = "The built-in to install; omit it to list them all.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("builtin", "List the built-in datasets with their availability, or install one by name.") { name };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = BuiltinCatalog.Default;
            if (parse.GetValue(name) is not { } wanted)
            {
                var installed = await InstalledAsync(context, parse, ct);
                context.WriteJson(catalog.All.Select(d => Describe(d, installed)).ToList());
                return 0;
            }
            var known = catalog.Find(wanted) ?? throw new CliUsageException(
                $"There is no built-in dataset '{wanted}'; choose one of: {string.Join(", ", catalog.All.Select(d => d.Name))}.");
            if (!known.Available)
                throw new CliUsageException($"The built-in dataset '{known.Name}' is not available: {known.UnavailableReason}.");
            var store = context.OpenWorkspace(parse).GetRequiredService<IDatasetStore>();
            using var progress = context.Progress($"installing {known.Name}");
            var info = await BuiltinInstaller.InstallAsync(store, catalog, known.Name, progress, ct);
            context.WriteJson(DatasetJson.From(info));
            return 0;
        });
        return command;
    }

    private static async Task<HashSet<string>> InstalledAsync(CliContext context, ParseResult parse, CancellationToken ct)
    {
        if (!CliContext.WorkspaceExists(parse)) return [];
        var store = context.OpenWorkspace(parse).GetRequiredService<IDatasetStore>();
        return (await store.ListAsync(ct)).Where(d => d.Source.StartsWith("builtin:", StringComparison.Ordinal))
            .Select(d => d.Source["builtin:".Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static object Describe(BuiltinDataset d, HashSet<string> installed) => new
    {
        d.Name, d.Title, d.Description, d.Teaches, d.Task, d.Rows, d.Licence, d.Attribution, d.File,
        Format = d.Format.ToString().ToLowerInvariant(), Large = d.IsLarge, d.Available, Reason = d.UnavailableReason,
        Installed = installed.Contains(d.Name),
    };
}
