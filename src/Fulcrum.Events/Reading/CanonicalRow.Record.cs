using System.Globalization;
using Fulcrum.Events.Reading.Internal;
using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading;

public sealed partial class CanonicalRow
{
    /// <summary>The row as a typed <see cref="EventRecord"/> (strings allocated: for tests and small reads, not bulk loads).</summary>
    public EventRecord ToRecord() => new()
    {
        Dataset = Text(C.Dataset)!,
        EventId = Int64(C.EventId)!.Value,
        EventDate = DateOnly.ParseExact(Text(C.EventDate)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        MonthYear = (int)Int64(C.MonthYear)!.Value,
        Year = (int)Int64(C.Year)!.Value,
        FractionDate = Double(C.FractionDate) ?? 0,
        Actor1 = Actor(C.Actor1Code),
        Actor2 = Actor(C.Actor2Code),
        IsRootEvent = IsNull(C.IsRootEvent) ? null : this[C.IsRootEvent][0] == '1',
        EventCode = Text(C.EventCode)!,
        EventBaseCode = Text(C.EventBaseCode)!,
        EventRootCode = Text(C.EventRootCode)!,
        QuadClass = (int)Int64(C.QuadClass)!.Value,
        GoldsteinScale = Double(C.GoldsteinScale)!.Value,
        NumMentions = Int32(C.NumMentions),
        NumSources = Int32(C.NumSources),
        NumArticles = Int32(C.NumArticles),
        AvgTone = Double(C.AvgTone),
        Actor1Geo = Geo(C.Actor1GeoType),
        Actor2Geo = Geo(C.Actor2GeoType),
        ActionGeo = Geo(C.ActionGeoType),
        DateAdded = IsNull(C.DateAdded) ? null
            : DateTime.SpecifyKind(DateTime.ParseExact(Text(C.DateAdded)!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), DateTimeKind.Utc),
        SourceUrl = Text(C.SourceUrl),
        SourceFormat = EventFormats.Parse(Text(C.SourceFormat)) ?? throw new InvalidOperationException("row without a source format"),
        SourceLine = Int64(C.SourceLine)!.Value,
        Icews = Text(C.SourceFormat) == "icews"
            ? new IcewsFields(Text(C.Actor1Sectors), Text(C.Actor2Sectors), Int64(C.StoryId), Int32(C.SentenceNumber), Text(C.Publisher))
            : null,
    };

    private ActorFields Actor(int first) => new(
        Text(first), Text(first + 1), Text(first + 2), Text(first + 3), Text(first + 4),
        Text(first + 5), Text(first + 6), Text(first + 7), Text(first + 8), Text(first + 9));

    private GeoFields Geo(int first) => new(
        Int32(first), Text(first + 1), Text(first + 2), Text(first + 3), Text(first + 4),
        Double(first + 5), Double(first + 6), Text(first + 7));

    private long? Int64(int column) => Utf8Fields.TryInt64(this[column], out var v) ? v : null;

    private int? Int32(int column) => Utf8Fields.TryInt32(this[column], out var v) ? v : null;

    private double? Double(int column) => Utf8Fields.TryDouble(this[column], out var v, out _) ? v : null;
}
