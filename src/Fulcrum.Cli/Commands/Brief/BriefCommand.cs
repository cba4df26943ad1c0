using System.CommandLine;
using Fulcrum.App.Brief;
using Fulcrum.Brief;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Decision;

namespace Fulcrum.Cli.Commands.Brief;

/// <summary>
/// <c>fulcrum brief [--case FILE] [--db PATH] [--as-of DATE] [--source NAME=FILE] [--out brief.html] [--pdf brief.pdf]</c>:
/// one self-contained HTML page for a minister (<see cref="BriefService"/>, <see cref="BriefPage"/>), and the same page as PDF through headless Chromium.
/// </summary>
public static class BriefCommand
{
    public static Command Create(CliServices services)
    {
        var caseScope = new CaseScopeOptions("The event store: the case's event data, and the journal the brief compares with (what changed since the last entry, the timeline, forecast scores); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists", "Brief as of this date (YYYY-MM-DD): no data after it are used; default the case's as_of");
        var output = new Option<string>("--out") { HelpName = "FILE", Description = "Where to write the HTML page (default brief.html)", DefaultValueFactory = _ => "brief.html" };
        var pdf = new Option<string?>("--pdf") { HelpName = "FILE", Description = $"Also print the page to this PDF through headless Chromium ({ChromiumPdf.DefaultPath}); exit code 4 when it is not installed" };
        var draws = new Option<int>("--draws") { HelpName = "N", Description = $"Monte Carlo draws ({AppraisalOptions.MinDraws}-{AppraisalOptions.MaxDraws})", DefaultValueFactory = _ => AppraisalOptions.DefaultDraws };
        var seed = new Option<ulong>("--seed") { HelpName = "SEED", Description = "Seed of the random streams: the same inputs and seed give the same page", DefaultValueFactory = _ => AppraisalOptions.DefaultSeed };
        var command = new Command("brief",
            "One self-contained HTML page to hand over: the recommendation and its reason, what changed since the last journal entry, the balance sheet, " +
            "the signposts, the options (utility box plots, breaches, ranks, regret), the case's questions, what would change the answer, the journal's timeline and scores, and the data behind it. " +
            "Charts are inline SVG; the page needs no network and no script, and prints cleanly. Nothing is journalled.")
        {
            caseScope.Case, caseScope.Store, caseScope.AsOf!, caseScope.Sources, output, pdf, draws, seed,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = new BriefRequest(caseScope.Scope(context)) { Draws = context.Value(draws), Seed = context.Value(seed) };
            var brief = CommandContext.Require(await context.App.Brief.AssembleAsync(request, context.Milestones, cancellationToken).ConfigureAwait(false));
            var html = context.Value(output)!;
            await File.WriteAllTextAsync(html, BriefPage.Render(brief), cancellationToken).ConfigureAwait(false);
            context.Milestone($"brief: wrote {html}");
            if (context.Value(pdf) is { } file)
            {
                await ChromiumPdf.PrintAsync(html, file, cancellationToken: cancellationToken).ConfigureAwait(false);
                context.Milestone($"brief: printed {file}");
            }
            if (!context.Quiet) context.Out.WriteLine(html);
            return ExitCodes.Success;
        });
    }
}
