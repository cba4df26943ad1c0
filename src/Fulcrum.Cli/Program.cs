using Fulcrum.Cli;
using Fulcrum.Cli.Infrastructure;

// Ctrl-C and SIGTERM cancel the run: the work stops between steps (a file goes into the store whole or not at all).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
return await FulcrumCli.RunAsync(args, CliIO.FromProcess(), TimeProvider.System, stop.Token);
