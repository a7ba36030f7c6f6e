using System.CommandLine;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench trainers [--task T]</c>: the learners <c>train</c> accepts, with their tasks and hyperparameters.</summary>
public static class TrainersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var task = new Option<string?>("--task") { Description = "Only trainers for binary, multiclass or regression.", HelpName = "TASK" };
        var command = new Command("trainers", "List the trainers for 'train --trainer', with their tasks and hyperparameters " +
            "(name, kind, default, range, choices) for 'train --param NAME=VALUE', as JSON.") { task };
        command.SetAction(parse =>
        {
            var kind = TrainArguments.Task(parse.GetValue(task));
            var trainers = kind is { } k ? TrainerCatalog.For(k) : TrainerCatalog.All;
            context.WriteJson(trainers.Select(t => new
            {
                t.Name, t.DisplayName, Family = t.Family, Tasks = t.Tasks.Select(x => x.ToString().ToLowerInvariant()).ToList(),
                t.Help, Parameters = t.Parameters,
            }).ToList());
            return 0;
        });
        return command;
    }
}
