using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Weights;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Weights;

/// <summary>
/// <c>fulcrum weights swing [--file F] [--case C] [--out C2]</c>: the interests' weights by swing
/// weighting, from a rating file or asked on stdin (<see cref="WeightsService"/>).
/// </summary>
public static class WeightsSwingCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Option<string?>("--file")
        {
            HelpName = "FILE",
            Description = "A CSV with the columns interest, rank, rating (rank 1 matters most; ratings 0-100, the top swing 100). Without it the ranking and ratings are asked on stdin",
        };
        var caseOption = WeightsCommands.CaseOption();
        var output = WeightsCommands.OutOption();
        var command = new Command("swing",
            "Weights by swing weighting: rank the interests' swings from worst to best, rate each against the top one (100); each weight is its rating over the sum")
        {
            file, caseOption, output,
        };
        return services.WithAction(command, context =>
        {
            var request = WeightsCommands.Request(context, caseOption, file, output);
            var elicited = request.File is not null
                ? CommandContext.Require(context.App.Weights.SwingFromFile(request))
                : CommandContext.Require(context.App.Weights.FinishSwing(SwingPrompts.Ask(context, CommandContext.Require(context.App.Weights.StartSwing(request))), request));
            if (context.Json) return context.WriteJson(SwingWeightsContract.Of(elicited));
            SwingView.Render(context.Console, elicited);
            return ExitCodes.Success;
        });
    }
}
