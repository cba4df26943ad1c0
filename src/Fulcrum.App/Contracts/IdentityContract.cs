using Fulcrum.App.Identity;
using Fulcrum.App.Stores;

namespace Fulcrum.App.Contracts;

/// <summary>What identifies an examination (see <see cref="ExaminationIdentity"/>): the journal stores exactly this.</summary>
public sealed record IdentityContract(
    string FulcrumVersion, string CaseId, string CaseOrigin, string CaseSha256, DateOnly AsOf, ulong? Seed, int? Draws,
    DataReadContract Data, DateTimeOffset Ran)
{
    public static IdentityContract Of(ExaminationIdentity i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.FulcrumVersion, i.CaseId, i.CaseOrigin, i.CaseSha256, i.AsOf, i.Seed, i.Draws, DataReadContract.Of(i.Data), i.Ran);
    }
}

/// <summary>The data an examination read: the store's state, each series source with its SHA-256, the bindings, the last date reached.</summary>
public sealed record DataReadContract(StoreReadContract? Store, IReadOnlyList<SeriesReadContract> Series, IReadOnlyList<SourceBindingContract> Sources, DateOnly? Through)
{
    public static DataReadContract Of(DataRead d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Store is { } s ? StoreReadContract.Of(s) : null,
            [.. d.Series.Select(r => new SeriesReadContract(r.Reference, r.Path, r.Sha256, r.Rebound, r.Problem))],
            [.. d.Sources.Select(b => new SourceBindingContract(b.Name, b.File))], d.Through);
    }
}

/// <summary>The event store's location and ledger position.</summary>
public sealed record StoreReadContract(string Location, long Files, long Events, long? LastIngestId, string? LastIngestSha256, DateOnly? FirstDate, DateOnly? LastDate)
{
    public static StoreReadContract Of(StoreRead s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Location, s.Files, s.Events, s.LastIngestId, s.LastIngestSha256, s.FirstDate, s.LastDate);
    }
}

/// <summary>One series source read: as the case names it, the path read, its SHA-256, whether a binding chose it, why it could not be read.</summary>
public sealed record SeriesReadContract(string Reference, string Path, string? Sha256, bool Rebound, string? Problem);

/// <summary>A source the case reads replaced, for this run, by another file.</summary>
public sealed record SourceBindingContract(string Name, string File);
