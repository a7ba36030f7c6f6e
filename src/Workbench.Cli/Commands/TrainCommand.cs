using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench train --dataset NAME --label COL ...</c>: trains a model on a workspace dataset and tracks the run
/// (source "cli"), so it appears in the browser's runs table. A request that does not fit records nothing.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var o = new TrainOptions();
        var command = new Command("train", "Train a model on a dataset and track the run: split, optional k-fold cross-validation " +
            "over the training rows (each fold a child run), final model on the training rows, metrics on train and test. " +
            "Prints {runId, experiment, task, trainer, metrics (test), cv (mean and std per metric, with --folds), durationSeconds}. " +
            TaskInference.Description);
        o.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (services, job) = await o.RequestAsync(context, parse, ct);
            var service = services.GetRequiredService<ITrainingService>();
            TrainedRun run;
            using (var progress = context.Progress($"training {job.Request.Trainer}"))
                run = await service.TrainAsync(job, progress, ct);
            context.WriteJson(TrainJson.From(run, job));
            return 0;
        });
        return command;
    }
}
