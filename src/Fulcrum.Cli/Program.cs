using Fulcrum.Cli;
using Fulcrum.Cli.Infrastructure;

return FulcrumCli.Run(args, CliIO.FromProcess(), TimeProvider.System);
