return await Workbench.Cli.CliApp.RunAsync(args, Console.Out, Console.Error);
