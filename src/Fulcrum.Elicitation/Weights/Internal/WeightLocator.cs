using Fulcrum.Core.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Fulcrum.Elicitation.Weights.Internal;

/// <summary>Where an interest's <c>weight:</c> value sits in a case file's text: character span, line and column.</summary>
internal readonly record struct WeightSpot(string Interest, int Start, int End, int Line, int Column, bool Anchored);

/// <summary>
/// Finds each interest's weight value in a case file through the YAML parser's event marks (not by
/// searching the text), so that comments, order, quoting and every other field stay exactly as written.
/// A flow value (<c>[0.2, 0.35]</c>) spans to its closing bracket; a block value to its last item.
/// </summary>
internal static class WeightLocator
{
    /// <summary>The weight spots of <paramref name="text"/>, a case file that has loaded (so its shape is known good).</summary>
    public static List<WeightSpot> Locate(string text)
    {
        var parser = new Parser(new StringReader(text));
        var spots = new List<WeightSpot>();
        Next(parser); // StreamStart
        Next(parser); // DocumentStart
        if (Next(parser) is not MappingStart) return spots;
        while (Next(parser) is not MappingEnd)
        {
            var key = parser.Current as Scalar;
            var value = Next(parser);
            if (key?.Value == "interests" && value is SequenceStart) ReadInterests(parser, spots);
            else Skip(parser);
        }
        return spots;
    }

    private static void ReadInterests(Parser parser, List<WeightSpot> spots)
    {
        while (Next(parser) is not SequenceEnd)
        {
            if (parser.Current is not MappingStart)
            {
                Skip(parser);
                continue;
            }
            string? id = null;
            (int Start, int End, int Line, int Column, bool Anchored)? weight = null;
            while (Next(parser) is not MappingEnd)
            {
                var key = (parser.Current as Scalar)?.Value;
                var value = Next(parser);
                if (key == "id" && value is Scalar s) id = s.Value;
                else if (key == "weight") weight = Span(parser);
                else Skip(parser);
            }
            if (id is not null && weight is { } w) spots.Add(new WeightSpot(id, w.Start, w.End, w.Line, w.Column, w.Anchored));
        }
    }

    /// <summary>The span of the node at the parser's current event, which it consumes.</summary>
    private static (int Start, int End, int Line, int Column, bool Anchored) Span(Parser parser)
    {
        var first = parser.Current!;
        var start = (int)first.Start.Index;
        var (line, column) = ((int)first.Start.Line, (int)first.Start.Column);
        switch (first)
        {
            case Scalar s: return (start, (int)s.End.Index, line, column, !s.Anchor.IsEmpty);
            case AnchorAlias a: return (start, (int)a.End.Index, line, column, false);
        }
        var flow = first is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
        var anchored = first is NodeEvent { Anchor.IsEmpty: false };
        var lastEnd = start;
        var depth = 1;
        while (depth > 0)
        {
            var e = Next(parser);
            if (e is SequenceStart or MappingStart) depth++;
            else if (e is SequenceEnd or MappingEnd) depth--;
            if (depth == 0) return (start, flow ? (int)e.Start.Index + 1 : lastEnd, line, column, anchored);
            if (e is Scalar or AnchorAlias) lastEnd = (int)e.End.Index;
        }
        return (start, lastEnd, line, column, anchored);
    }

    /// <summary>Consumes the node at the parser's current event (a scalar, an alias, or a whole collection).</summary>
    private static void Skip(Parser parser)
    {
        if (parser.Current is not (SequenceStart or MappingStart)) return;
        var depth = 1;
        while (depth > 0)
        {
            var e = Next(parser);
            if (e is SequenceStart or MappingStart) depth++;
            else if (e is SequenceEnd or MappingEnd) depth--;
        }
    }

    private static ParsingEvent Next(Parser parser)
    {
        Preconditions.Require(parser.MoveNext(), "the case text parses (it has loaded)");
        return parser.Current!;
    }
}
