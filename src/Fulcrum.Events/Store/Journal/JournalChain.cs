using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fulcrum.Events.Store.Journal;

/// <summary>
/// The journal's hash chain, the same for every engine: each record's hash is the SHA-256 of a
/// canonical text of its fields (each written as its length and its text, so no two records share
/// one) including the previous record's hash. Editing, removing or reordering any record breaks
/// the chain from there on, and <see cref="Verify"/> says where.
/// </summary>
public static class JournalChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>A time as the journal keeps it: UTC, whole microseconds (what a database timestamp holds).</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The hash of record <paramref name="id"/> with these fields after <paramref name="previousHash"/>.</summary>
    public static string Hash(long id, JournalDraft draft, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(previousHash);
        var text = new StringBuilder("fulcrum-journal-1\n");
        foreach (var field in Fields(id, draft, previousHash)) text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A record for <paramref name="draft"/> appended after <paramref name="last"/> (null: the journal is empty).</summary>
    public static JournalRecord Next(JournalRecord? last, JournalDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var normal = draft with { Time = Normalise(draft.Time) };
        var id = (last?.Id ?? 0) + 1;
        var previous = last?.Hash ?? Genesis;
        return new JournalRecord(id, normal.Kind, normal.Time, normal.AsOf, normal.CaseId, normal.CaseSha256, normal.Body, previous, Hash(id, normal, previous));
    }

    /// <summary>Checks every record, oldest first: ids 1, 2, 3 …, each previous hash the hash before, each hash its content's.</summary>
    public static JournalVerification Verify(IReadOnlyList<JournalRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = Genesis;
        long expected = 1;
        foreach (var r in records)
        {
            if (r.Id != expected)
                return JournalVerification.Broken(records.Count, r.Id, $"record {expected} is missing (the next record is {r.Id}): a record was removed");
            if (r.UnknownKind is { } kind)
                return JournalVerification.Broken(records.Count, r.Id, $"record {r.Id} has the kind '{kind}', which no record is written with: it was changed after it was written");
            if (r.PreviousHash != previous)
                return JournalVerification.Broken(records.Count, r.Id, $"record {r.Id} does not follow record {r.Id - 1}: its previous hash is not that record's hash");
            if (Hash(r.Id, r.Draft, r.PreviousHash) != r.Hash)
                return JournalVerification.Broken(records.Count, r.Id, $"record {r.Id} was changed after it was written: its content does not give its hash");
            previous = r.Hash;
            expected++;
        }
        return new JournalVerification(records.Count, true, null, null, records.Count > 0 ? previous : null);
    }

    private static IEnumerable<string> Fields(long id, JournalDraft d, string previousHash) =>
    [
        id.ToString(CultureInfo.InvariantCulture),
        d.Kind.ToString(),
        Normalise(d.Time).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        d.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        d.CaseId,
        d.CaseSha256,
        d.Body,
        previousHash,
    ];
}

/// <summary>What checking the chain found.</summary>
/// <param name="Records">Records checked.</param>
/// <param name="Intact">Whether every record is as it was written.</param>
/// <param name="FirstBad">The first record that does not check (null when intact).</param>
/// <param name="Reason">Why it does not, in words.</param>
/// <param name="Head">The newest record's hash when intact (null for an empty journal).</param>
public sealed record JournalVerification(long Records, bool Intact, long? FirstBad, string? Reason, string? Head)
{
    internal static JournalVerification Broken(long records, long at, string reason) => new(records, false, at, reason, null);
}
