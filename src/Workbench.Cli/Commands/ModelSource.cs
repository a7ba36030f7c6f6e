using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Cli.Commands;

/// <summary>The <c>--run ID</c> / <c>--model NAME[@VERSION|ALIAS]</c> pair of the scoring commands, and loading the model
/// they name from the workspace (which must exist: these commands never create one).</summary>
public sealed class ModelSource
{
    /// <summary>The run whose model to use.</summary>
    public Option<string?> Run { get; } = new("--run")
        { Description = "The run whose model to use (its 12-character id from 'workbench runs list').", HelpName = "ID" };

    /// <summary>A registered model, optionally with a version number or alias.</summary>
    public Option<string?> Model { get; } = new("--model")
    {
        Description = "A registered model instead of --run: NAME (latest version), NAME@3 (version 3) or NAME@champion (an alias).",
        HelpName = "NAME[@VERSION|ALIAS]",
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Run);
        command.Options.Add(Model);
    }

    /// <summary>Checks that exactly one of the options is given, opens the workspace and loads the model.</summary>
    public async Task<(IServiceProvider Services, TrainedModel Model, string Label)> LoadAsync(CliContext context, ParseResult parse,
        CancellationToken ct)
    {
        var (run, model) = (parse.GetValue(Run)?.Trim(), parse.GetValue(Model)?.Trim());
        if (string.IsNullOrEmpty(run) == string.IsNullOrEmpty(model))
            throw new CliUsageException("Name the model with exactly one of --run ID or --model NAME[@VERSION|ALIAS].");
        var path = CliContext.WorkspacePath(parse);
        var label = run is { Length: > 0 } ? $"run '{run}'" : $"model '{model}'";
        if (!File.Exists(path))
            throw new CliUsageException($"There is no {label}: the workspace {path} does not exist yet. Train a model first, or pass --workspace PATH.");
        var services = context.OpenWorkspace(path);
        var training = services.GetRequiredService<ITrainingService>();
        if (run is { Length: > 0 }) return (services, await training.LoadModelAsync(run, ct), label);
        var (name, version) = SplitModel(model!);
        return (services, await training.LoadRegisteredAsync(name, version, ct), label);
    }

    /// <summary>"name@version" → (name, version); a bare name means the latest version.</summary>
    public static (string Name, string Version) SplitModel(string value)
    {
        var at = value.LastIndexOf('@');
        if (at < 0) return (value, "latest");
        if (at == 0 || at == value.Length - 1)
            throw new CliUsageException($"--model '{value}' is incomplete; write NAME, NAME@VERSION or NAME@ALIAS, e.g. credit@champion.");
        return (value[..at], value[(at + 1)..]);
    }
}
