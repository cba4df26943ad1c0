using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Commands.Dyad;

/// <summary><c>fulcrum dyad A B [options]</c>: the relation between two actors per period, from the store.</summary>
public static class DyadCommand
{
    public static Command Create(CliServices services)
    {
        var o = new DyadOptions();
        var command = new Command("dyad",
            "A dyad's relation per day, week or month from the event store: counts per quad class (n1 verbal cooperation, " +
            "n2 material cooperation, n3 verbal conflict, n4 material conflict), events, goldstein_sum, goldstein_pos, goldstein_neg, " +
            "goldstein_mean, netcoop = (n1 + 2*n2) - (n3 + 2*n4), and mention-weighted tone. Undirected (A->B plus B->A) unless " +
            "--directed; actors are matched on their CAMEO country codes; periods without events are present as zeros.");
        o.AddTo(command);
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            context.SubjectNames[Subjects.Dyad] = "dyad";
            if (context.Json && context.Value(o.Csv)) throw new InputException(new Problem("--csv", 0, 0, "--json and --csv both asked for", "choose one output format"));
            var query = o.Query(context);
            var series = CommandContext.Require(await context.App.Events.DyadAsync(CommonOptions.StoreLocation(context, o.Db), query, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(DyadContract.Of(series, ProblemOutput.Namer(context.SubjectNames)));
            ProblemOutput.Warn(context, series.Warnings);
            if (context.Value(o.Csv)) DyadView.WriteCsv(context.Out, series);
            else DyadView.Render(context, series);
            return ExitCodes.Success;
        });
    }
}
