using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading;

public sealed partial class CanonicalRow
{
    /// <summary>The row as a typed <see cref="EventRecord"/> (strings allocated: for tests and small reads, not bulk loads).</summary>
    public EventRecord ToRecord() => new()
    {
        Dataset = Text(C.Dataset)!,
        EventId = AsInt64(C.EventId)!.Value,
        EventDate = AsDate(C.EventDate),
        MonthYear = AsInt32(C.MonthYear)!.Value,
        Year = AsInt32(C.Year)!.Value,
        FractionDate = AsDouble(C.FractionDate) ?? 0,
        Actor1 = Actor(C.Actor1Code),
        Actor2 = Actor(C.Actor2Code),
        IsRootEvent = AsBool(C.IsRootEvent),
        EventCode = Text(C.EventCode),
        EventBaseCode = Text(C.EventBaseCode),
        EventRootCode = Text(C.EventRootCode),
        QuadClass = AsInt32(C.QuadClass)!.Value,
        GoldsteinScale = AsDouble(C.GoldsteinScale),
        NumMentions = AsInt32(C.NumMentions),
        NumSources = AsInt32(C.NumSources),
        NumArticles = AsInt32(C.NumArticles),
        AvgTone = AsDouble(C.AvgTone),
        Actor1Geo = Geo(C.Actor1GeoType),
        Actor2Geo = Geo(C.Actor2GeoType),
        ActionGeo = Geo(C.ActionGeoType),
        DateAdded = AsTimestamp(C.DateAdded),
        SourceUrl = Text(C.SourceUrl),
        SourceFormat = EventFormats.Parse(Text(C.SourceFormat)) ?? throw new InvalidOperationException("row without a source format"),
        SourceLine = AsInt64(C.SourceLine)!.Value,
        Icews = Text(C.SourceFormat) == "icews"
            ? new IcewsFields(Text(C.Actor1Sectors), Text(C.Actor2Sectors), AsInt64(C.StoryId), AsInt32(C.SentenceNumber), Text(C.Publisher))
            : null,
    };

    private ActorFields Actor(int first) => new(
        Text(first), Text(first + 1), Text(first + 2), Text(first + 3), Text(first + 4),
        Text(first + 5), Text(first + 6), Text(first + 7), Text(first + 8), Text(first + 9));

    private GeoFields Geo(int first) => new(
        AsInt32(first), Text(first + 1), Text(first + 2), Text(first + 3), Text(first + 4),
        AsDouble(first + 5), AsDouble(first + 6), Text(first + 7));
}
