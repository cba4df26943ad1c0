using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Events.Store;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Signposts;

/// <summary>The signposts of a case as of a date, with what they read.</summary>
/// <param name="Identity">What was judged, on which data, when (no seed or draws: nothing is drawn).</param>
/// <param name="Case">The case.</param>
/// <param name="Report">Every signpost's state, the flags, prior → posterior.</param>
public sealed record SignpostOutcome(ExaminationIdentity Identity, LoadedCase Case, SignpostReport Report);

/// <summary>
/// Judges every signpost of a case as of a date (default: the case's as_of) on the data it reads —
/// series files (with any bindings), UN votes, the event store, manual observations — and updates
/// the scenario probabilities by Bayes' rule. A date after the case's as_of needs data that reach it;
/// a series file that cannot be read is an error naming it.
/// </summary>
public sealed class SignpostService(CaseService cases, IEventStoreFactory stores, TimeProvider time)
{
    /// <summary>Whether the case's signposts read the event store.</summary>
    public static bool NeedsStore(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Signposts.Any(s => s.Indicator is EventIndicator);
    }

    public async Task<Checked<SignpostOutcome>> EvaluateAsync(CaseScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var opened = await CaseRun.OpenAsync(cases, stores, scope, NeedsStore, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } run) return Checked<SignpostOutcome>.Failure(opened.Problems);
        using (run) return await EvaluateAsync(run, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<Checked<SignpostOutcome>> EvaluateAsync(CaseRun run, CancellationToken cancellationToken)
    {
        var data = await SignpostSources.LoadAsync(run.Case, run.Catalog, run.Store, run.AsOf, cancellationToken).ConfigureAwait(false);
        // A file that cannot be read (or a series that breaks its gap policy) is an error naming it, never a silent prior.
        if (run.Catalog.Problems is { Count: > 0 } unreadable) return Checked<SignpostOutcome>.Failure(unreadable);
        var through = Through(data.Values);
        if (run.AsOfBeyondData(through, "signposts' data") is { } late) return Checked<SignpostOutcome>.Failure([late]);
        var report = await SignpostBoard.EvaluateAsync(run.Case, data, run.AsOf, cancellationToken: cancellationToken).ConfigureAwait(false);
        var read = await run.DataReadAsync(through, cancellationToken).ConfigureAwait(false);
        var identity = new ExaminationIdentity(FulcrumVersion.Text, run.Case.Id, run.Loaded.Ref.Origin, run.Loaded.Sha256, run.AsOf, null, null, read, time.GetUtcNow());
        return Checked<SignpostOutcome>.Success(new SignpostOutcome(identity, run.Loaded, report));
    }

    /// <summary>The last date any loaded series reaches (manual observations count by their dates in the case).</summary>
    private static DateOnly? Through(IEnumerable<SignpostData> data)
    {
        DateOnly? last = null;
        foreach (var d in data)
            if (d.Series is { Count: > 0 } s && s.Period.End(s.Dates[^1]) is var end && (last is null || end > last)) last = end;
        return last;
    }
}
