using System.Text;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions.Tests;

/// <summary>Small cases with one question, written as case files are.</summary>
internal static class Cases
{
    /// <summary>The Scholz et al. (2011) example (ExampleActors.scholz2011.lf.csv), as a question's actor table written in the case.</summary>
    public static readonly string[] ScholzActors =
    [
        "{name: Netherlands, capability: 0.08, position: 4, salience: 80}",
        "{name: Belgium, capability: 0.08, position: 7, salience: 40}",
        "{name: Luxembourg, capability: 0.03, position: 4, salience: 20}",
        "{name: Germany, capability: 0.16, position: 4, salience: 80}",
        "{name: France, capability: 0.16, position: 10, salience: 60}",
        "{name: Italy, capability: 0.16, position: 10, salience: 60}",
        "{name: UK, capability: 0.16, position: 10, salience: 90}",
        "{name: Ireland, capability: 0.05, position: 7, salience: 10}",
        "{name: Denmark, capability: 0.05, position: 4, salience: 100}",
        "{name: Greece, capability: 0.08, position: 7, salience: 70}",
    ];

    /// <summary>The factor question's usual mapping: below 7 (the example's middle position) low, from 7 up high.</summary>
    public const string FactorMapping = "{factor: outcome, levels: {low: [0, 7], high: [7, 100]}}";

    /// <summary>
    /// A case with three options (stay, move, other), one scenario and one question, <c>ec</c>. With a
    /// factor mapping, the factor <c>outcome</c> (low, high) is the question's and its level high adds
    /// 20 to interest a; with an interest mapping the question sets the effect on a.
    /// </summary>
    /// <param name="actorsFile">The question's actor file; null: the Scholz example written in the case.</param>
    /// <param name="moveShifts">Lines under option move's <c>shifts:</c>, e.g. <c>France: {position: -2, source: test}</c>.</param>
    public static string Text(string? actorsFile = null, string model = "bdm", int runs = 200, string perturb = "{position: 0.5, salience: 5}",
        IReadOnlyList<string>? moveShifts = null, string mapsTo = FactorMapping, ulong? seed = null, IReadOnlyList<string>? actors = null)
    {
        var factor = mapsTo.Contains("factor:", StringComparison.Ordinal);
        var b = new StringBuilder();
        void L(string line) => b.Append(line).Append('\n');
        L("fulcrum: 1");
        L("id: scholz-question");
        L("title: A question whose actors are the Scholz et al. (2011) example");
        L("focal: ISR");
        L("powers: [USA, RUS]");
        L("actors: [ISR, USA, RUS]");
        L("as_of: 2022-01-05");
        L("interests:");
        L("  - {id: a, name: A, unit: index 0-100, baseline: 50, depends_on: USA, weight: 1, value: {worst: 0, best: 100}, source: test}");
        L("  - {id: b, name: B, unit: index 0-100, baseline: 50, depends_on: RUS, weight: 1, value: {worst: 0, best: 100}, source: test}");
        L("options:");
        L("  - {id: stay, name: Stay}");
        L("  - id: move");
        L("    name: Move");
        if (moveShifts is { Count: > 0 })
        {
            L("    shifts:");
            foreach (var s in moveShifts) L("      " + s);
        }
        L("  - {id: other, name: Other}");
        L("scenarios:");
        L("  - {id: calm, name: Calm, prior: 1, source: test}");
        if (factor)
        {
            L("factors:");
            L("  - {id: outcome, name: Where the question settles, levels: [low, high], source: test}");
        }
        L("questions:");
        L("  - id: ec");
        L("    name: Where does the EC settle");
        L($"    model: {model}");
        L($"    runs: {runs}");
        L($"    perturb: {perturb}");
        if (seed is { } s0) L($"    seed: {s0}");
        L($"    maps_to: {mapsTo}");
        L("    source: Scholz, Calbert and Smith (2011), the example's actor table");
        if (actorsFile is not null) L($"    actors: {actorsFile}");
        else
        {
            L("    actors:");
            foreach (var a in actors ?? ScholzActors) L("      - " + a);
        }
        L("reactions:");
        foreach (var o in new[] { "stay", "move", "other" })
        {
            L($"  - option: {o}");
            L("    scenario: calm");
            L("    source: test");
            L(factor ? "    effects: {a: 0, b: 0}" : "    effects: {b: 0}");
            L("    relations: {USA: 0, RUS: 0}");
            if (factor) L("    when: [{factor: outcome, level: high, effects: {a: 20}}]");
        }
        return b.ToString();
    }

    public static Case Load(string text, string name = "scholz-question.fulcrum.yaml") => CaseLoader.LoadText(text, name).ValueOrThrow();

    /// <summary>A fixture's path in the test's output folder.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
