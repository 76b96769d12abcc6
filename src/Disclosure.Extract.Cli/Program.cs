return Disclosure.Extract.Cli.CliApp.Run(args);
