using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal.Internal;
using Fulcrum.App.Signposts;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Journal;

/// <summary>One date of a replay: the examination as of it and what changed since the date before.</summary>
public sealed record ReplayStep(DateOnly AsOf, Examination Examination, JournalBody Body, IReadOnlyList<string> Fired, IReadOnlyList<string> Cleared);

/// <summary>A replay's timeline and where it was journalled (null: it was not).</summary>
public sealed record ReplayResult(string CaseId, IReadOnlyList<ReplayStep> Steps, string? Journal, IReadOnlyList<long> Entries);

/// <summary>
/// Replays a case over a span of dates as if live: the case and its data are loaded once, and each
/// date is examined through <see cref="ExamineService"/> as of that date (no data after it used), so
/// the replay judges exactly as examine would have on that day. Then, when a journal store is given,
/// the steps are journalled in order, each with its diff against the case's previous entry.
/// </summary>
public sealed class ReplayService(CaseService cases, IEventStoreFactory stores, ExamineService examine, TimeProvider time)
{
    public async Task<Checked<ReplayResult>> ReplayAsync(ReplayRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Check() is { Count: > 0 } invalid) return Checked<ReplayResult>.Failure(invalid);
        var recorded = request.Journal is { } j && stores.Exists(j)
            ? await OutcomeRule.ReadAsync(stores, new Stores.StoreRef(j, true), cancellationToken).ConfigureAwait(false) : [];
        var opened = await CaseRun.OpenAsync(cases, stores, request.Scope, SignpostService.NeedsStore, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } session) return Checked<ReplayResult>.Failure(opened.Problems);
        var given = (request.Outcomes ?? []).Select(o => new ScenarioOutcome(0, session.Case.Id, o.Scenario, o.Date, "given to the replay", time.GetUtcNow())).ToList();
        if (given.FirstOrDefault(o => session.Case.Scenarios.All(s => s.Id != o.Scenario)) is { } unknown)
        {
            session.Dispose();
            return Checked<ReplayResult>.Failure([Problem.About(JournalSubjects.Outcome, $"case {session.Case.Id} has no scenario '{unknown.Scenario}'", $"its scenarios are: {string.Join(", ", session.Case.Scenarios.Select(s => s.Id))}")]);
        }
        var steps = new List<ReplayStep>();
        var caseId = session.Case.Id;
        using (session)
        {
            JournalBody? previous = null;
            foreach (var date in request.Dates())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var examined = await examine.ExamineAsync(new ExamineRequest(request.Scope with { AsOf = date, Session = session })
                {
                    Draws = request.Draws,
                    Seed = request.Seed,
                    Sensitivity = false,
                    Outcomes = [.. recorded, .. given],
                }, null, cancellationToken).ConfigureAwait(false);
                if (examined.Value is not { } e) return Checked<ReplayResult>.Failure(examined.Problems);
                var body = JournalEntry.BodyOf(e);
                body = body with { Diff = JournalDiff.Between(null, previous, body) };
                var changed = body.Diff.Signposts;
                steps.Add(new ReplayStep(date, e, body,
                    [.. changed.Where(c => c.To == SignpostState.Fired).Select(c => c.Id)],
                    [.. changed.Where(c => c.From == SignpostState.Fired && c.To != SignpostState.Fired).Select(c => c.Id)]));
                progress?.Report($"replay: {date:yyyy-MM-dd}");
                previous = body;
            }
        }
        if (request.Journal is not { } location) return Checked<ReplayResult>.Success(new ReplayResult(caseId, steps, null, []));
        var open = await JournalStore.OpenAsync(stores, location, StoreAccess.Writable, cancellationToken).ConfigureAwait(false);
        if (open.Value is not { } journal) return Checked<ReplayResult>.Failure(open.Problems);
        using (journal)
        {
            var loaded = cases.Load(request.Scope.Case).ValueOrThrow();
            foreach (var o in given.Where(g => !recorded.Any(r => r.CaseId == g.CaseId && r.Scenario == g.Scenario && r.Date == g.Date)))
                await OutcomeService.RecordAsync(journal.Journal, loaded, o.Scenario, o.Date, o.Note, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            var ids = new List<long>();
            foreach (var s in steps) ids.Add((await JournalService.RecordAsync(journal.Journal, s.Examination, cancellationToken).ConfigureAwait(false)).Id);
            return Checked<ReplayResult>.Success(new ReplayResult(caseId, steps, location, ids));
        }
    }
}
