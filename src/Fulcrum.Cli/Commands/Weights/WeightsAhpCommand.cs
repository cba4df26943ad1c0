using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Elicitation.Weights;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>
/// <c>fulcrum weights ahp [--file F] [--case C] [--out C2] [--range point|spread]</c>: the interests'
/// weights by Saaty's analytic hierarchy process, from a file of pairwise judgements or asked pair by
/// pair (<see cref="WeightsService"/>).
/// </summary>
public static class WeightsAhpCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Option<string?>("--file")
        {
            HelpName = "FILE",
            Description = "A square CSV of judgements: a header row of interest ids, then one row per interest (upper triangle suffices; cells 1-9 or 1/2-1/9). Without it the pairs are asked one at a time on stdin",
        };
        var caseOption = WeightsCommands.CaseOption();
        var output = WeightsCommands.OutOption();
        var range = new Option<string>("--range")
        {
            HelpName = "point|spread",
            Description = "What --out writes: point (the eigenvector weight) or spread (a range from the eigenvector weight to the geometric-mean weight)",
            DefaultValueFactory = _ => "point",
        };
        range.AcceptOnlyFromAmong("point", "spread");
        var command = new Command("ahp",
            "Weights by AHP: pairwise judgements on Saaty's 1-9 scale, weights by the principal eigenvector, lambda max and the consistency ratio " +
            "(Saaty's random indices); when CR > 0.10, the judgements whose revision most reduces it")
        {
            file, caseOption, output, range,
        };
        return services.WithAction(command, context =>
        {
            var request = WeightsCommands.Request(context, caseOption, file, output) with
            {
                Range = context.Value(range) == "spread" ? WeightRange.Spread : WeightRange.Point,
            };
            var elicited = request.File is not null
                ? CommandContext.Require(context.App.Weights.AhpFromFile(request))
                : CommandContext.Require(context.App.Weights.FinishAhp(AhpPrompts.Ask(context, CommandContext.Require(context.App.Weights.StartAhp(request))), request));
            if (context.Json) return context.WriteJson(AhpWeightsContract.Of(elicited));
            AhpView.Render(context.Console, elicited);
            return ExitCodes.Success;
        });
    }
}
