using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// Reads an effect: a plain number (fixed, sourced by its reaction) or a mapping with one
/// distribution — <c>fixed: v</c>, <c>uniform: [low, high]</c>, <c>triangular: [low, mode, high]</c>,
/// <c>pert: [low, mode, high]</c> (optional <c>lambda</c>), <c>normal: [mean, sd]</c> (optional
/// <c>bounds: [low, high]</c>) — and an optional <c>source</c>.
/// </summary>
internal static class EffectReader
{
    private static readonly string[] Kinds = ["fixed", "uniform", "triangular", "pert", "normal"];

    /// <summary>
    /// The largest PERT lambda: the beta's shapes are 1 + lambda × (a share of the range), and beyond
    /// this its density underflows at the mode (0.5^lambda) and the distribution cannot be tabulated.
    /// </summary>
    public const double MaxLambda = 100;

    public static Effect? Read(YamlNode node, string what, string inheritedSource, ProblemList problems)
    {
        if (node is YamlScalarNode scalar)
        {
            if (scalar.Value is { } text && MapReader.TryParseNumber(text, out _))
            {
                var v = MapReader.ReadNumber(node, what, problems);
                return double.IsNaN(v) ? null : NeedSource(new Effect(new FixedDistribution(v), inheritedSource), node, what, problems);
            }
            MapReader.At(problems, node, $"{what} must be a number or a distribution, not '{Echo.Value(scalar.Value)}'",
                "write e.g. 0, or {triangular: [-20, -8, 0], source: \"analyst estimate\"}");
            return null;
        }
        var map = MapReader.Of(node, what, problems, [.. Kinds, "lambda", "bounds", "source"]);
        if (map is null) return null;
        var kinds = Kinds.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            map.Problem(null, kinds.Count == 0 ? $"{what} names no distribution" : $"{what} names {kinds.Count} distributions ({string.Join(", ", kinds)})",
                $"give exactly one of: {string.Join(", ", Kinds)}");
            return null;
        }
        var distribution = ReadDistribution(map, kinds[0], what);
        if (distribution is null) return null;
        return NeedSource(new Effect(distribution, map.OptionalString("source", inheritedSource)), node, what, problems);
    }

    private static Effect? NeedSource(Effect effect, YamlNode node, string what, ProblemList problems)
    {
        if (!string.IsNullOrWhiteSpace(effect.Source)) return effect;
        MapReader.At(problems, node, $"{what} has no source", "add source: (the seed, a document, or \"analyst estimate\") here or on its reaction");
        return null;
    }

    private static Distribution? ReadDistribution(MapReader map, string kind, string what)
    {
        var node = map.Get(kind)!;
        if (kind == "fixed")
        {
            var v = map.NumberOf(node, $"'fixed' of {what}");
            return double.IsNaN(v) ? null : new FixedDistribution(v);
        }
        var args = Numbers(map, node, kind, what, kind switch { "uniform" => 2, "normal" => 2, _ => 3 });
        if (args is null) return null;
        switch (kind)
        {
            case "uniform":
                if (args[0] > args[1]) return Reversed<Distribution>(map, node, what, "uniform: [low, high]");
                return new UniformDistribution(args[0], args[1]);
            case "triangular" or "pert":
                if (!(args[0] <= args[1] && args[1] <= args[2]))
                    return Reversed<Distribution>(map, node, what, $"{kind}: [low, mode, high] with low <= mode <= high");
                if (kind == "triangular") return new TriangularDistribution(args[0], args[1], args[2]);
                var lambda = map.OptionalNumber("lambda") ?? 4;
                if (double.IsNaN(lambda)) return null;
                if (!(lambda is > 0 and <= MaxLambda))
                {
                    map.Problem(map.Get("lambda"), $"'lambda' of {what} must be positive and at most {MaxLambda}, not {Echo.Number(lambda)}",
                        "4 is the classic PERT shape; a larger lambda puts more weight on the mode");
                    return null;
                }
                return new PertDistribution(args[0], args[1], args[2], lambda);
            default:
                return ReadNormal(map, node, args, what);
        }
    }

    private static NormalDistribution? ReadNormal(MapReader map, YamlNode node, double[] args, string what)
    {
        var (mu, sigma) = (args[0], args[1]);
        if (!(sigma > 0))
        {
            map.Problem(node, $"standard deviation of {what} must be positive, not {Echo.Number(sigma)}", "for a certain value write fixed: v");
            return null;
        }
        var (low, high) = (double.NegativeInfinity, double.PositiveInfinity);
        if (map.Get("bounds") is { } boundsNode)
        {
            var bounds = Numbers(map, boundsNode, "bounds", what, 2, allowInfinite: true);
            if (bounds is null) return null;
            if (bounds[0] >= bounds[1]) return Reversed<NormalDistribution>(map, boundsNode, what, "bounds: [low, high] with low < high");
            (low, high) = (bounds[0], bounds[1]);
            if (mu < low - 6 * sigma || mu > high + 6 * sigma)
            {
                map.Problem(boundsNode, $"bounds of {what} leave almost none of the normal's mass (mean {mu}, sd {sigma})",
                    "put the mean inside the bounds or widen them");
                return null;
            }
        }
        return new NormalDistribution(mu, sigma, low, high);
    }

    private static double[]? Numbers(MapReader map, YamlNode node, string key, string what, int count, bool allowInfinite = false)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count != count)
        {
            map.Problem(node, $"'{key}' of {what} must be a list of {count} numbers", key switch
            {
                "uniform" => "write uniform: [low, high]",
                "normal" => "write normal: [mean, sd], and bounds: [low, high] to truncate it",
                "bounds" => "write bounds: [low, high]",
                _ => $"write {key}: [low, mode, high]",
            });
            return null;
        }
        var values = seq.Children.Select(c => allowInfinite ? map.BoundOf(c, $"'{key}' of {what}") : map.NumberOf(c, $"'{key}' of {what}")).ToArray();
        return values.Any(double.IsNaN) ? null : values;
    }

    private static T? Reversed<T>(MapReader map, YamlNode node, string what, string expected) where T : Distribution
    {
        map.Problem(node, $"bounds of {what} are reversed", $"write {expected}");
        return null;
    }
}
