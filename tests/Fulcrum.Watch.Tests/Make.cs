using Fulcrum.Core.Randomness;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Tests;

/// <summary>Signposts, scenarios and series for tests.</summary>
internal static class Make
{
    public static readonly DateOnly Start = new(2021, 1, 1);

    public static Signpost Change(string id, string direction = "down", string method = "cusum", Dictionary<string, double>? ratios = null, string flag = "", Indicator? indicator = null) =>
        new(id, id, indicator ?? new SeriesIndicator("test.csv", "A"), new ChangeRule(method, direction), Effect(ratios, flag), "test");

    public static Signpost Threshold(string id, bool above, double value, Dictionary<string, double>? ratios = null) =>
        new(id, id, new SeriesIndicator("test.csv", "A"), new ThresholdRule(above, value), Effect(ratios, ratios is null ? "flag" : ""), "test");

    public static Signpost Manual(string id, params Observation[] observations) =>
        new(id, id, new ManualIndicator(observations), new ObservedRule(), Effect(null, "flag"), "test");

    public static Signpost WithRatios(string id, params (string Scenario, double Ratio)[] ratios) =>
        Manual(id, new Observation(Start, true, "seen", "test")) with { Effect = new SignpostEffect(ratios.ToDictionary(r => r.Scenario, r => r.Ratio), "") };

    public static Observation Seen(int day, bool fired) => new(Start.AddDays(day), fired, fired ? "seen" : "not seen", "test");

    public static IReadOnlyList<ScenarioState> Scenarios(params (string Id, double Prior)[] priors) =>
        [.. priors.Select(p => new ScenarioState(p.Id, p.Id, "", p.Prior, null, "test"))];

    /// <summary>A daily series from <see cref="Start"/>.</summary>
    public static Series Daily(IEnumerable<double> values, string name = "A", Polarity polarity = Polarity.HigherIsBetter)
    {
        var v = values.ToList();
        return new Series(name, Period.Day, Enumerable.Range(0, v.Count).Select(i => Start.AddDays(i)), v, "test", polarity);
    }

    /// <summary>Seeded N(0, 1) noise with <paramref name="shift"/> added from point <paramref name="at"/> on.</summary>
    public static double[] Step(int count, int at, double shift, ulong seed = 7)
    {
        var random = new SeededRandom(seed);
        return [.. Enumerable.Range(0, count).Select(i => random.NextStandardNormal() + (i >= at ? shift : 0))];
    }

    private static SignpostEffect Effect(Dictionary<string, double>? ratios, string flag) =>
        new(ratios ?? new Dictionary<string, double>(), flag);
}
