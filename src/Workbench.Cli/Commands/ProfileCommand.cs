using System.CommandLine;
using System.Text.Json;
using Workbench.Cli.Output;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Profiling;
using Workbench.Workspace.Profiling;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench profile NAME [--out FILE.json]</c>: profiles a dataset (cached per version) and prints it.</summary>
public static class ProfileCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset to profile." };
        var output = new OutputFileOption("Write the profile to this file instead of stdout.", "FILE.json", required: false);
        var command = new Command("profile", "Profile a dataset: overview, alerts, column statistics, correlations, " +
            "missing values, samples; prints the profile as JSON.") { name };
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var target = output.Target(parse);
            var (services, dataset) = await DatasetsCommand.OpenDatasetAsync(context, parse, parse.GetValue(name)!, ct);
            DatasetProfile profile;
            using (var progress = context.Progress($"profiling {dataset.Name}"))
                profile = await services.GetRequiredService<IProfileService>().GetOrComputeAsync(dataset.Name, progress, ct);
            var json = JsonSerializer.Serialize(profile, ProfileJson.Options);
            if (target is null)
            {
                context.Out.WriteLine(json);
                return 0;
            }
            await SafeOutputFile.WriteAsync(target, output.Overwrite(parse),
                (stream, c) => stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json), c).AsTask(), ct);
            context.WriteJson(new { name = dataset.Name, rows = dataset.Rows, @out = target });
            return 0;
        });
        return command;
    }
}
