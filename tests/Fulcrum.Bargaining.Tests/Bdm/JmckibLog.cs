using System.Globalization;
using Fulcrum.Bargaining.Bdm;

namespace Fulcrum.Bargaining.Tests.Bdm;

/// <summary>One turn of a jmckib replication log: the median and mean after it, and the moves that produced it.</summary>
public sealed record JmckibTurn(double Median, double Mean, IReadOnlyList<JmckibMove> Moves);

/// <summary>One printed offer: "Belgium compromises with France", the two EUs, the new position.</summary>
public sealed record JmckibMove(string Actor, BdmOfferKind Kind, string Proposer, double ActorEu, double ProposerEu, double NewPosition);

/// <summary>
/// Parses the console output of jmckib's bdm_scholz_model.py (the reference-outputs file): a
/// "Median position"/"Mean position" pair for turn 0, then per round "ROUND n", each accepted offer
/// on three lines, and the pair again.
/// </summary>
public static class JmckibLog
{
    private static readonly (string Phrase, BdmOfferKind Kind)[] Phrases =
    [
        (" loses confrontation to ", BdmOfferKind.Confrontation),
        (" compromises with ", BdmOfferKind.Compromise),
        (" capitulates to ", BdmOfferKind.Capitulation),
    ];

    public static IReadOnlyList<JmckibTurn> Parse(string text)
    {
        var turns = new List<JmckibTurn>();
        var moves = new List<JmckibMove>();
        double? median = null;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("Median position: ", StringComparison.Ordinal)) { median = Number(line["Median position: ".Length..]); continue; }
            if (line.StartsWith("Mean position: ", StringComparison.Ordinal))
            {
                turns.Add(new JmckibTurn(median!.Value, Number(line["Mean position: ".Length..]), moves));
                moves = [];
                continue;
            }
            foreach (var (phrase, kind) in Phrases)
            {
                var at = line.IndexOf(phrase, StringComparison.Ordinal);
                if (at < 0) continue;
                var eus = lines[i + 1].Trim().Split(" vs ");
                var position = lines[i + 2].Trim()["new_pos = ".Length..];
                moves.Add(new JmckibMove(line[..at], kind, line[(at + phrase.Length)..], Number(eus[0]), Number(eus[1]), Number(position)));
                i += 2;
                break;
            }
        }
        return turns;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
