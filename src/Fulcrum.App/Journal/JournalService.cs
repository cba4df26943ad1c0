using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.App.Journal.Internal;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.App.Journal;

/// <summary>
/// The journal of examinations in the event store: records an examination with its diff against the
/// case's previous entry, lists, shows and compares entries, and checks the hash chain. Nothing here
/// changes or removes an entry.
/// </summary>
public sealed class JournalService(CaseService cases, IEventStoreFactory stores)
{
    /// <summary>The case id a user means: a case file's or built-in case's id when it loads, else the text itself (a case id).</summary>
    public string CaseId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = CaseRef.Parse(text);
        if (reference.File is { } f && !File.Exists(f)) return text;
        return cases.Load(reference).Value?.Case.Id ?? text;
    }

    /// <summary>Journals <paramref name="examination"/> in the store at <paramref name="location"/> (created when absent).</summary>
    public async Task<Checked<JournalEntry>> RecordAsync(Examination examination, string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examination);
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.Writable, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<JournalEntry>.Failure(opened.Problems);
        using (open) return Checked<JournalEntry>.Success(await RecordAsync(open.Journal, examination, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Journals an examination in an open journal: its body, and the diff against the case's newest entry.</summary>
    internal static async Task<JournalEntry> RecordAsync(IJournal journal, Examination examination, CancellationToken cancellationToken)
    {
        var caseId = examination.Identity.CaseId;
        var earlier = await journal.JournalAsync(new JournalQuery(JournalKind.Examination, caseId), cancellationToken).ConfigureAwait(false);
        var previous = earlier.Count > 0 ? JournalEntry.Of(earlier[^1]) : null;
        var body = JournalEntry.BodyOf(examination);
        body = body with { Diff = JournalDiff.Between(previous?.Id, previous?.Body, body) };
        var i = examination.Identity;
        var record = await journal.AppendAsync(new JournalDraft(JournalKind.Examination, i.Ran, i.AsOf, i.CaseId, i.CaseSha256, JournalJson.Write(body)), cancellationToken).ConfigureAwait(false);
        return new JournalEntry(record, body);
    }

    /// <summary>The journalled examinations, oldest first: of one case (its id), recorded since a date.</summary>
    public async Task<Checked<IReadOnlyList<JournalEntry>>> ListAsync(string location, string? caseId = null, DateOnly? since = null, CancellationToken cancellationToken = default)
    {
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<IReadOnlyList<JournalEntry>>.Failure(opened.Problems);
        using (open)
        {
            var records = await open.Journal.JournalAsync(new JournalQuery(JournalKind.Examination, caseId, since), cancellationToken).ConfigureAwait(false);
            return Checked<IReadOnlyList<JournalEntry>>.Success([.. records.Select(JournalEntry.Of)]);
        }
    }

    /// <summary>One journalled examination by id.</summary>
    public async Task<Checked<JournalEntry>> ShowAsync(string location, long id, CancellationToken cancellationToken = default)
    {
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<JournalEntry>.Failure(opened.Problems);
        using (open) return await FindAsync(open.Journal, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What changed from entry <paramref name="first"/> to entry <paramref name="second"/> (any two entries, of any cases).</summary>
    public async Task<Checked<JournalComparison>> DiffAsync(string location, long first, long second, CancellationToken cancellationToken = default)
    {
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<JournalComparison>.Failure(opened.Problems);
        using (open)
        {
            var a = await FindAsync(open.Journal, first, cancellationToken).ConfigureAwait(false);
            var b = await FindAsync(open.Journal, second, cancellationToken).ConfigureAwait(false);
            if (a.Value is not { } x || b.Value is not { } y) return Checked<JournalComparison>.Failure([.. a.Problems, .. b.Problems]);
            return Checked<JournalComparison>.Success(new JournalComparison(x, y, JournalDiff.Between(x.Id, x.Body, y.Body!)));
        }
    }

    /// <summary>Checks the whole chain (examinations and outcomes): every entry as it was written, none removed or reordered.</summary>
    public async Task<Checked<JournalVerification>> VerifyAsync(string location, CancellationToken cancellationToken = default)
    {
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<JournalVerification>.Failure(opened.Problems);
        using (open) return Checked<JournalVerification>.Success(JournalChain.Verify(await open.Journal.JournalAsync(JournalQuery.All, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The Brier and log scores of the journal's forecasts for the scenarios resolved by recorded outcomes (of one case, or all).</summary>
    public async Task<Checked<ForecastScores>> ScoreAsync(string location, string? caseId = null, CancellationToken cancellationToken = default)
    {
        var opened = await JournalStore.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } open) return Checked<ForecastScores>.Failure(opened.Problems);
        using (open)
        {
            var outcomes = await JournalStore.OutcomesAsync(open.Journal, caseId, cancellationToken).ConfigureAwait(false);
            if (outcomes.Count == 0)
                return Checked<ForecastScores>.Failure([Problem.About(Core.Problems.Subjects.Store, $"no outcome recorded in {location}{(caseId is null ? "" : $" for case {caseId}")}, so nothing to score against", "record what happened first (outcome record SCENARIO with its date)")]);
            var records = await open.Journal.JournalAsync(new JournalQuery(JournalKind.Examination, caseId), cancellationToken).ConfigureAwait(false);
            return Checked<ForecastScores>.Success(ForecastScores.Of([.. records.Select(JournalEntry.Of)], outcomes));
        }
    }

    private static async Task<Checked<JournalEntry>> FindAsync(IJournal journal, long id, CancellationToken cancellationToken)
    {
        var record = await journal.JournalRecordAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null) return Checked<JournalEntry>.Failure([Problem.About(JournalSubjects.Id, $"no journal entry {id}", "list the entries with the journal command")]);
        var entry = JournalEntry.Of(record);
        return entry.Body is null || record.Kind != JournalKind.Examination
            ? Checked<JournalEntry>.Failure([Problem.About(JournalSubjects.Id, $"journal entry {id} is not an examination (it is a {record.Kind.ToString().ToLowerInvariant()})", "give the id of an examination")])
            : Checked<JournalEntry>.Success(entry);
    }
}

/// <summary>Two journal entries and what changed from the first to the second.</summary>
public sealed record JournalComparison(JournalEntry First, JournalEntry Second, JournalDiff Diff);
