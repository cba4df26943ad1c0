using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>
/// KTAB's rules for actor data, shared by the CSV and XML readers (limits from KTAB's
/// <c>Model</c>: names up to 25 characters, descriptions up to 256, at least 3 actors). Each check
/// adds a problem naming the actor, the field, the valid range and the fix.
/// </summary>
internal static class KtabRules
{
    public const int MaxNameLength = 25;
    public const int MaxDescriptionLength = 256;
    public const int MinActors = 3;

    /// <summary>Slack for saliences that sum to 100 up to rounding of their decimal text.</summary>
    private const double SalienceSumSlack = 1e-9;

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static void Name(ProblemList p, int line, int column, string name)
    {
        if (name.Length == 0)
        {
            p.Add(line, column, "actor name is empty", "give every actor a short unique name (1 to 25 characters)");
        }
        else if (name.Length > MaxNameLength)
        {
            p.Add(line, column, $"actor name '{Echo.Value(name)}' has {name.Length:N0} characters; KTAB allows at most {MaxNameLength}",
                "shorten the name and move the detail into the description");
        }
    }

    public static void Description(ProblemList p, int line, int column, string actor, string description)
    {
        if (description.Length > MaxDescriptionLength)
        {
            p.Add(line, column, $"description of '{actor}' has {description.Length:N0} characters; KTAB allows at most {MaxDescriptionLength}",
                "shorten the description");
        }
    }

    public static void Capability(ProblemList p, int line, int column, string actor, double value)
    {
        if (!(value > 0))
        {
            p.Add(line, column, $"capability of '{actor}' is {Show(value)}; it must be positive",
                "give the actor's power (clout) as a number above 0; drop actors with no power");
        }
        else if (!(value is >= TableNumbers.MinCapability and <= TableNumbers.MaxCapability))
        {
            p.Add(line, column, $"capability of '{actor}' is {Show(value)}; it must lie {TableNumbers.CapabilityRange}",
                "the model multiplies and sums capabilities: rescale them all (only their ratios matter)");
        }
    }

    public static void Position(ProblemList p, int line, int column, string actor, string dimension, double value)
    {
        if (!(value >= 0 && value <= 100))
        {
            p.Add(line, column, $"position of '{actor}' on '{dimension}' is {Show(value)}; positions must lie in [0, 100]",
                "rescale the dimension so that its two extremes are 0 and 100");
        }
    }

    public static void Salience(ProblemList p, int line, int column, string actor, string dimension, double value)
    {
        if (!(value >= 0 && value <= 100))
        {
            p.Add(line, column, $"salience of '{actor}' on '{dimension}' is {Show(value)}; saliences must lie in [0, 100]",
                "give salience as the percentage of the actor's attention this dimension takes");
        }
    }

    public static void SalienceTotal(ProblemList p, int line, int column, string actor, double total)
    {
        if (total > 100 + SalienceSumSlack)
        {
            p.Add(line, column, $"saliences of '{actor}' sum to {Show(total)}; they must sum to at most 100",
                "saliences are shares of one actor's attention: scale them down so they total 100 or less");
        }
        else if (!(total > 0))
        {
            p.Add(line, column, $"saliences of '{actor}' are all 0; an actor must care about at least one dimension",
                "give the actor some salience, or remove it");
        }
    }

    /// <summary>Reports an actor name seen before, pointing at its first line.</summary>
    public static void Unique(ProblemList p, Dictionary<string, int> seen, int line, int column, string name)
    {
        if (name.Length == 0) return;
        if (seen.TryGetValue(name, out var first))
        {
            p.Add(line, column, $"actor '{name}' appears twice (first on line {first})", "give each actor one row and a unique name");
        }
        else
        {
            seen[name] = line;
        }
    }

    /// <summary>A number as a message shows it: up to four decimals, or (when large or tiny) its shortest exact form, never hundreds of digits.</summary>
    public static string Show(double value) =>
        value == 0 || Math.Abs(value) is >= 1e-4 and < 1e9 ? value.ToString("0.####", CultureInfo.InvariantCulture) : Echo.Number(value);
}
