using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Journal;

/// <summary>How often a replay examines.</summary>
public enum ReplayEvery
{
    Day,
    Week,
}

/// <summary>
/// A replay: the case examined at each date from <paramref name="From"/> to <paramref name="To"/> as if
/// live (each as of its date, nothing later read), journalled in <paramref name="Journal"/> when given.
/// </summary>
/// <param name="Scope">The case, the store it reads, the source bindings (its as-of date is not used).</param>
/// <param name="Journal">The store to journal into (null: nothing is written; the timeline is the same).</param>
/// <param name="Outcomes">Outcomes to apply from their dates (recorded in the journal's store when there is one).</param>
public sealed record ReplayRequest(CaseScope Scope, DateOnly From, DateOnly To, ReplayEvery Every = ReplayEvery.Day, string? Journal = null,
    IReadOnlyList<(string Scenario, DateOnly Date)>? Outcomes = null)
{
    /// <summary>Draws per date: fewer than examine's default, since a replay looks at the course, not one date's last digit.</summary>
    public int Draws { get; init; } = 5_000;

    public ulong Seed { get; init; } = Decision.AppraisalOptions.DefaultSeed;

    /// <summary>The dates examined: <see cref="From"/>, then every day or week, up to <see cref="To"/>.</summary>
    public IReadOnlyList<DateOnly> Dates()
    {
        var step = Every == ReplayEvery.Week ? 7 : 1;
        var dates = new List<DateOnly>();
        for (var d = From; d <= To; d = d.AddDays(step)) dates.Add(d);
        return dates;
    }

    public IReadOnlyList<Problem> Check() => From > To
        ? [Problem.About(Subjects.From, $"the first date {From:yyyy-MM-dd} is after the last {To:yyyy-MM-dd}", "give the first date first")]
        : [];
}
