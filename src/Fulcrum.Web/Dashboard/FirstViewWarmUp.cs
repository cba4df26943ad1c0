using Fulcrum.App;
using Fulcrum.App.Balance;
using Fulcrum.App.Cases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulcrum.Web.Dashboard;

/// <summary>
/// Draws the served case's balance sheet (the dashboard's first view) once as the server starts,
/// and throws the answer away: the built-in case and series are then parsed (they are kept for the
/// process), the shipped UN votes read, and the code on that path compiled, before the first page
/// asks. Nothing is cached beyond what the App keeps anyway; every request is still answered afresh.
/// A problem here is the first page's to report (it asks the same question), so it is only logged.
/// </summary>
internal sealed class FirstViewWarmUp(FulcrumServices services, FulcrumWebOptions options, ILogger<FirstViewWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the server starts listening first
        try
        {
            var drawn = await services.Balance.DrawAsync(new BalanceRequest(new CaseScope(options.Case, options.Store)), stoppingToken).ConfigureAwait(false);
            if (!drawn.Ok) log.LogInformation("warm-up: the balance sheet cannot be drawn: {Problems}", string.Join("; ", drawn.Problems));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopped before it finished: nothing to warm any more
        }
#pragma warning disable CA1031 // a warm-up must never stop the server; the page asking the same question reports the failure
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "warm-up failed");
        }
    }
}
