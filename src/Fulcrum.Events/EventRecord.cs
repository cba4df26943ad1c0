namespace Fulcrum.Events;

/// <summary>
/// One event, typed: a row of the events table (see <see cref="Schema.EventColumns"/> for the
/// columns and where each comes from). Codes are text: <c>"010"</c> is not <c>"10"</c>. Absent
/// values are null, never empty strings or zeros.
/// </summary>
public sealed record EventRecord
{
    /// <summary><c>gdelt</c> or <c>icews</c>: together with <see cref="EventId"/> the event's identity.</summary>
    public required string Dataset { get; init; }
    public required long EventId { get; init; }
    /// <summary>The day of the event; null when the source gives only its month (<see cref="MonthYear"/>), never a made-up day.</summary>
    public required DateOnly? EventDate { get; init; }
    public required int MonthYear { get; init; }
    public required int Year { get; init; }
    /// <summary>GDELT's FractionDate; 0 when unknown (a row dated only to its month, from a file without the field).</summary>
    public required double FractionDate { get; init; }
    public required ActorFields Actor1 { get; init; }
    public required ActorFields Actor2 { get; init; }
    public bool? IsRootEvent { get; init; }
    /// <summary>The CAMEO event code; null only for a row of a file with a header that gives the quad class and no code.</summary>
    public required string? EventCode { get; init; }
    public required string? EventBaseCode { get; init; }
    public required string? EventRootCode { get; init; }
    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }
    /// <summary>The Goldstein score; null only when a file with a header gives neither it nor an event code.</summary>
    public required double? GoldsteinScale { get; init; }
    public int? NumMentions { get; init; }
    public int? NumSources { get; init; }
    public int? NumArticles { get; init; }
    public double? AvgTone { get; init; }
    public required GeoFields Actor1Geo { get; init; }
    public required GeoFields Actor2Geo { get; init; }
    public required GeoFields ActionGeo { get; init; }
    /// <summary>When GDELT added the event (UTC); GDELT 1.0 gives only the day (midnight here).</summary>
    public DateTime? DateAdded { get; init; }
    public string? SourceUrl { get; init; }
    public required EventFormat SourceFormat { get; init; }
    /// <summary>The 1-based line of the row in the file it was read from.</summary>
    public required long SourceLine { get; init; }
    /// <summary>The ICEWS fields GDELT has no place for; null for GDELT rows.</summary>
    public IcewsFields? Icews { get; init; }
}

/// <summary>One actor of an event (GDELT's ten Actor fields).</summary>
public sealed record ActorFields(
    string? Code, string? Name, string? CountryCode, string? KnownGroupCode, string? EthnicCode,
    string? Religion1Code, string? Religion2Code, string? Type1Code, string? Type2Code, string? Type3Code)
{
    /// <summary>No actor identified.</summary>
    public static ActorFields Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);
}

/// <summary>A location (GDELT's Geo fields; the ADM2 code only in GDELT 2.0).</summary>
public sealed record GeoFields(
    int? Type, string? FullName, string? CountryCode, string? Adm1Code, string? Adm2Code,
    double? Lat, double? Long, string? FeatureId)
{
    public static GeoFields Empty { get; } = new(null, null, null, null, null, null, null, null);
}

/// <summary>ICEWS fields kept beside the GDELT layout.</summary>
public sealed record IcewsFields(
    string? SourceSectors, string? TargetSectors, long? StoryId, int? SentenceNumber, string? Publisher);
