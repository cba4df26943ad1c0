using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Events.Store;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Balance;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Balance;

/// <summary>How to draw a balance sheet: the case and its data, and the fast measure's period and aggregation.</summary>
/// <param name="Scope">The case, store, as-of date and source bindings.</param>
/// <param name="By">The fast measure's period (null: the series' own).</param>
/// <param name="Aggregate">How days become weeks or months (null: the measure's own).</param>
public sealed record BalanceRequest(CaseScope Scope, Period? By = null, WeekAggregate? Aggregate = null);

/// <summary>The balance sheet, with what it read.</summary>
/// <param name="Aggregate">The aggregation of the fast measure in effect: sum or mean.</param>
public sealed record BalanceOutcome(ExaminationIdentity Identity, LoadedCase Case, BalanceSheet Sheet, WeekAggregate Aggregate);

/// <summary>
/// The balance sheet of a case as of a date: the focal state's relation with each power, fast
/// (events) and slow (UN votes), each standardised on its own trailing baseline, the tilt, the
/// tolerance bands. A date after the case's as_of needs fast data that reach it; a series file
/// that cannot be read is an error naming it.
/// </summary>
public sealed class BalanceService(CaseService cases, IEventStoreFactory stores, TimeProvider time)
{
    /// <summary>Whether the case's fast relation reads the event store.</summary>
    public static bool NeedsStore(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Relations.Fast.StartsWith(RelationSources.StorePrefix, StringComparison.Ordinal);
    }

    public async Task<Checked<BalanceOutcome>> DrawAsync(BalanceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new BalanceOptions { By = request.By, Aggregate = request.Aggregate };
        if (options.Check() is [var invalid, ..]) return Checked<BalanceOutcome>.Failure([Problem.About(Subjects.Period, invalid, "choose day, week or month")]);
        var opened = await CaseRun.OpenAsync(cases, stores, request.Scope, NeedsStore, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } run) return Checked<BalanceOutcome>.Failure(opened.Problems);
        using (run)
        {
            var fast = await RelationSources.FastAsync(run.Case, run.Catalog, run.Store, run.AsOf, cancellationToken).ConfigureAwait(false);
            if (run.Catalog.Problems is { Count: > 0 } unreadable) return Checked<BalanceOutcome>.Failure(unreadable);
            var through = fast.Series.Where(p => p.Series is { Count: > 0 }).Select(p => (DateOnly?)p.Series!.Period.End(p.Series.Dates[^1])).Max();
            if (run.AsOfBeyondData(through, "fast relations' data") is { } late) return Checked<BalanceOutcome>.Failure([late]);
            var slow = RelationSources.Slow(run.Case);
            var sheet = BalanceSheets.Build(run.Case, fast, slow, options, run.AsOf);
            var read = await run.DataReadAsync(through, cancellationToken).ConfigureAwait(false);
            var identity = new ExaminationIdentity(FulcrumVersion.Text, run.Case.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf, null, null, read, time.GetUtcNow());
            return Checked<BalanceOutcome>.Success(new BalanceOutcome(identity, run.Loaded, sheet, options.Aggregate ?? fast.Aggregate));
        }
    }
}
