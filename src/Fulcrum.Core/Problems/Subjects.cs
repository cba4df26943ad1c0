using System.Reflection;
using System.Text.RegularExpressions;

namespace Fulcrum.Core.Problems;

/// <summary>
/// The names of the parameters a <see cref="Problem.Subject"/> can be about: one word for one
/// concept, shared by every library and mapped by each host to its own words (the CLI to flags,
/// the REST API to query parameters).
/// </summary>
public static partial class Subjects
{
    public const string Case = "case";
    public const string Store = "store";
    public const string AsOf = "as_of";
    public const string From = "from";
    public const string To = "to";
    public const string Baseline = "baseline";
    public const string Source = "source";
    public const string ScenarioProbabilities = "scenario_probabilities";
    public const string Draws = "draws";
    public const string Seed = "seed";
    public const string Series = "series";
    public const string Dyad = "dyad";
    public const string Measure = "measure";
    public const string Period = "period";
    public const string Method = "method";
    public const string Format = "format";
    public const string Output = "output";
    public const string Actors = "actors";
    public const string MinMentions = "min_mentions";
    public const string Roots = "roots";
    public const string Runs = "runs";
    public const string Perturb = "perturb";
    public const string DropActor = "drop_actor";
    public const string MaxTurns = "max_turns";
    public const string Model = "model";
    public const string Compat = "compat";
    public const string Name = "name";
    public const string Aggregate = "aggregate";
    public const string Gaps = "gaps";
    public const string Higher = "higher";
    public const string ReferenceShift = "k";
    public const string Threshold = "h";
    public const string Shift = "shift";
    public const string PurePoisson = "pure_poisson";
    public const string RunLength = "run_length";
    public const string Probability = "probability";
    public const string Lookback = "lookback";
    public const string Paths = "paths";
    public const string Limit = "limit";
    public const string Option = "option";
    public const string Target = "target";
    public const string RegretThreshold = "threshold";

    /// <summary>Every subject name.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(Subjects).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    /// <summary>A problem's text with each <c>{subject}</c> of a known subject named by <paramref name="name"/>; other braces stay.</summary>
    public static string Fill(string text, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        return text.Contains('{', StringComparison.Ordinal)
            ? Placeholder().Replace(text, m => All.Contains(m.Groups[1].Value) ? name(m.Groups[1].Value) : m.Value)
            : text;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
