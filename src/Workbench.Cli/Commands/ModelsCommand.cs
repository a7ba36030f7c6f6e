using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench models register|list|versions|alias</c>: the model registry (names, numbered versions, aliases).</summary>
public static class ModelsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("models", "Register run models under a name, list them, and move aliases such as champion.");
        command.Subcommands.Add(Register(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Versions(context));
        command.Subcommands.Add(Alias(context));
        return command;
    }

    private static Option<string> Name(string description) => new("--name") { Description = description, HelpName = "N", Required = true };

    private static Command Register(CliContext context)
    {
        var run = new Option<string>("--run") { Description = "The finished run whose model to register.", HelpName = "ID", Required = true };
        var name = Name("The model name (created when new); the run becomes its next version.");
        var command = new Command("register", "Register a finished run's model as the next version of a named model; prints the version.")
            { run, name };
        command.SetAction(async (parse, ct) =>
        {
            var registry = Open(context, parse, "register a model");
            context.WriteJson(await registry.RegisterAsync(parse.GetValue(name)!.Trim(), parse.GetValue(run)!.Trim(), ct));
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the registered models with their latest version and aliases, as a JSON array.");
        command.SetAction(async (parse, ct) =>
        {
            if (!CliContext.WorkspaceExists(parse))
            {
                context.WriteJson(Array.Empty<RegisteredModel>());
                return 0;
            }
            context.WriteJson(await context.OpenWorkspace(parse).GetRequiredService<IModelRegistry>().ListModelsAsync(ct));
            return 0;
        });
        return command;
    }

    private static Command Versions(CliContext context)
    {
        var name = Name("The registered model.");
        var command = new Command("versions", "List the versions of a registered model, newest first, with their runs and aliases.") { name };
        command.SetAction(async (parse, ct) =>
        {
            var registry = Open(context, parse, "list versions");
            var model = parse.GetValue(name)!.Trim();
            await registry.ResolveAsync(model, "latest", ct);
            context.WriteJson(await registry.ListVersionsAsync(model, ct));
            return 0;
        });
        return command;
    }

    private static Command Alias(CliContext context)
    {
        var name = Name("The registered model.");
        var alias = new Option<string>("--alias") { Description = "The alias (letters, digits, '-', '_'), e.g. champion.", HelpName = "A", Required = true };
        var version = new Option<int?>("--version") { Description = "The version the alias points to.", HelpName = "V" };
        var remove = new Option<bool>("--remove") { Description = "Remove the alias instead of setting it." };
        var command = new Command("alias", "Point an alias at a version (moving it from any other version), or remove it; " +
            "prints the model's versions.") { name, alias, version, remove };
        command.SetAction(async (parse, ct) =>
        {
            var (model, a, v) = (parse.GetValue(name)!.Trim(), parse.GetValue(alias)!.Trim(), parse.GetValue(version));
            if (parse.GetValue(remove) == v.HasValue)
                throw new CliUsageException("Give exactly one of --version V (to set the alias) or --remove.");
            var registry = Open(context, parse, "set an alias");
            if (v is { } number) await registry.SetAliasAsync(model, a, number, ct);
            else await registry.RemoveAliasAsync(model, a, ct);
            context.WriteJson(await registry.ListVersionsAsync(model, ct));
            return 0;
        });
        return command;
    }

    private static IModelRegistry Open(CliContext context, ParseResult parse, string what)
    {
        var path = CliContext.WorkspacePath(parse);
        if (!File.Exists(path))
            throw new CliUsageException($"Cannot {what}: the workspace {path} does not exist yet. Train a run first, or pass --workspace PATH.");
        return context.OpenWorkspace(path).GetRequiredService<IModelRegistry>();
    }
}
