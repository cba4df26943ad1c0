using Fulcrum.Core.Problems;
using Fulcrum.UnVotes.Internal;

namespace Fulcrum.UnVotes;

/// <summary>
/// The UN General Assembly roll calls 1946–2019 with every recorded vote, and the ideal points,
/// as shipped inside the program (Data/SOURCE.md). Read once, on first use (about 0.1 s).
/// </summary>
public sealed class UnVoteData
{
    private static readonly Lazy<UnVoteData> Shipped = new(Load);

    /// <summary>Other spellings accepted for a code: ISO 3166-1 where CAMEO differs, and the USSR's ISO 3166-3 code.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ROU"] = "ROM",
        ["TLS"] = "TMP",
        ["SUN"] = "RUS",
    };

    private readonly VoteMatrix _votes;
    private readonly Dictionary<string, UnCountry> _countries;
    private readonly Lazy<IdealPoints> _idealPointsAll;
    private readonly Lazy<IdealPoints> _idealPointsImportant;

    private UnVoteData(IReadOnlyList<RollCall> rollCalls, IReadOnlyList<string> rowNames, VoteMatrix votes,
        Dictionary<string, UnCountry> countries, Lazy<IdealPoints> all, Lazy<IdealPoints> important)
    {
        RollCalls = rollCalls;
        RowNames = rowNames;
        _votes = votes;
        _countries = countries;
        _idealPointsAll = all;
        _idealPointsImportant = important;
    }

    /// <summary>The data that ships with the program.</summary>
    public static UnVoteData BuiltIn => Shipped.Value;

    /// <summary>The roll calls in date order.</summary>
    public IReadOnlyList<RollCall> RollCalls { get; }

    /// <summary>The country names of the vote data, in the order of Data/countries.tsv.</summary>
    public IReadOnlyList<string> RowNames { get; }

    /// <summary>Every country by its code.</summary>
    public IEnumerable<UnCountry> Countries => _countries.Values;

    /// <summary>Read on first use: agreement measures never need them.</summary>
    public IdealPoints IdealPointsAll => _idealPointsAll.Value;

    public IdealPoints IdealPointsImportant => _idealPointsImportant.Value;

    /// <summary>The vote of data row <paramref name="row"/> on roll call <paramref name="rollCall"/> (an index into <see cref="RollCalls"/>).</summary>
    public Vote VoteOf(int rollCall, int row) => _votes[rollCall, row];

    /// <summary>The vote of <paramref name="country"/> on roll call <paramref name="rollCall"/>: from its row for that year.</summary>
    public Vote VoteOf(UnCountry country, int rollCall)
    {
        var year = RollCalls[rollCall].Year;
        for (var i = 0; i < country.Members.Count; i++) // an indexed loop: no enumerator per vote
        {
            var member = country.Members[i];
            if (!member.Covers(year)) continue;
            var vote = _votes[rollCall, member.Index];
            if (vote != Vote.None) return vote;
        }
        return Vote.None;
    }

    /// <summary>The country with actor code <paramref name="code"/> (case-insensitive; ROU, TLS and SUN are accepted for ROM, TMP and RUS).</summary>
    public Checked<UnCountry> Country(string code, string source = "")
    {
        var key = Aliases.TryGetValue(code, out var alias) ? alias : code.ToUpperInvariant();
        if (_countries.TryGetValue(key, out var country)) return Checked<UnCountry>.Success(country);
        var close = _countries.Keys.Where(k => k.Length == 3 && Differences(k, key) == 1).Order(StringComparer.Ordinal).Take(3).ToList();
        var hint = close.Count > 0 ? $"did you mean {string.Join(" or ", close)}? " : "";
        return Checked<UnCountry>.Failure([new Problem(source, 0, 0, $"'{code}' is not a country of the UN vote data",
            $"{hint}use a CAMEO country code such as ISR, USA, RUS, UKR, CHN, DEU (docs/unvotes.md lists the exceptions)")]);
    }

    private static int Differences(string a, string b) =>
        a.Length != b.Length ? int.MaxValue : a.Zip(b).Count(p => p.First != p.Second);

    /// <summary>Reads the shipped files afresh (what <see cref="BuiltIn"/> does once).</summary>
    internal static UnVoteData Load()
    {
        var entries = CountryTable.Read();
        var rowNames = entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        var rollCalls = RollCallTable.Read();
        var rollCallIndex = rollCalls.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var votes = VoteMatrix.Read(rollCallIndex, rowNames.Count);
        var countries = entries
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new UnCountry(g.Key, g.Last().Name,
                [.. g.Select(e => new UnCountryRow(rowNames.IndexOf(e.Name), e.Name, e.Cow, e.FromYear, e.ToYear, e.Note))]), StringComparer.Ordinal);
        return new UnVoteData(rollCalls, rowNames, votes, countries,
            new(() => new IdealPoints(IdealPointSet.All, IdealPointTable.Read(Resources.IdealPointsAll))),
            new(() => new IdealPoints(IdealPointSet.Important, IdealPointTable.Read(Resources.IdealPointsImportant))));
    }
}
