using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>How one GDELT field is checked and where it goes.</summary>
internal enum FieldRule
{
    Id, SqlDate, MonthYear, Year, Fraction, Text, RootFlag, EventCode, BaseCode, RootCode,
    Quad, Goldstein, Mentions, Count, Tone, GeoType, Lat, Long, DateAdded14, DateAdded8,
}

/// <summary>One field of a GDELT row: its 0-based position, GDELT name, events-table column and rule.</summary>
internal sealed record GdeltField(int Position, string Name, int Column, FieldRule Rule);

/// <summary>
/// The GDELT event layouts (../shared/data/schema: gdeltPyR_events1 = 58 fields, events2 = 61):
/// 2.0 adds an ADM2 code to each of the three locations; 1.0 files before April 2013 lack SOURCEURL
/// (57 fields), and 1.0's DATEADDED is a day (YYYYMMDD), 2.0's a time (YYYYMMDDHHMMSS).
/// </summary>
internal static class GdeltLayout
{
    public static IReadOnlyList<GdeltField> Gdelt2 { get; } = Build(version2: true, withUrl: true);
    public static IReadOnlyList<GdeltField> Gdelt1 { get; } = Build(version2: false, withUrl: true);
    public static IReadOnlyList<GdeltField> Gdelt1NoUrl { get; } = Build(version2: false, withUrl: false);

    public static IReadOnlyList<GdeltField>? ForFieldCount(int fields) => fields switch
    {
        61 => Gdelt2,
        58 => Gdelt1,
        57 => Gdelt1NoUrl,
        _ => null,
    };

    private static List<GdeltField> Build(bool version2, bool withUrl)
    {
        var list = new List<(string Name, int Column, FieldRule Rule)>
        {
            ("GLOBALEVENTID", C.EventId, FieldRule.Id),
            ("SQLDATE", C.EventDate, FieldRule.SqlDate),
            ("MonthYear", C.MonthYear, FieldRule.MonthYear),
            ("Year", C.Year, FieldRule.Year),
            ("FractionDate", C.FractionDate, FieldRule.Fraction),
        };
        foreach (var (a, first) in new[] { ("Actor1", C.Actor1Code), ("Actor2", C.Actor2Code) })
        {
            string[] names = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"];
            for (var i = 0; i < names.Length; i++) list.Add((a + names[i], first + i, FieldRule.Text));
        }
        list.AddRange(
        [
            ("IsRootEvent", C.IsRootEvent, FieldRule.RootFlag),
            ("EventCode", C.EventCode, FieldRule.EventCode),
            ("EventBaseCode", C.EventBaseCode, FieldRule.BaseCode),
            ("EventRootCode", C.EventRootCode, FieldRule.RootCode),
            ("QuadClass", C.QuadClass, FieldRule.Quad),
            ("GoldsteinScale", C.GoldsteinScale, FieldRule.Goldstein),
            ("NumMentions", C.NumMentions, FieldRule.Mentions),
            ("NumSources", C.NumSources, FieldRule.Count),
            ("NumArticles", C.NumArticles, FieldRule.Count),
            ("AvgTone", C.AvgTone, FieldRule.Tone),
        ]);
        foreach (var (g, first) in new[] { ("Actor1Geo_", C.Actor1GeoType), ("Actor2Geo_", C.Actor2GeoType), ("ActionGeo_", C.ActionGeoType) })
        {
            list.Add((g + "Type", first, FieldRule.GeoType));
            list.Add((g + "FullName", first + 1, FieldRule.Text));
            list.Add((g + "CountryCode", first + 2, FieldRule.Text));
            list.Add((g + "ADM1Code", first + 3, FieldRule.Text));
            if (version2) list.Add((g + "ADM2Code", first + 4, FieldRule.Text));
            list.Add((g + "Lat", first + 5, FieldRule.Lat));
            list.Add((g + "Long", first + 6, FieldRule.Long));
            list.Add((g + "FeatureID", first + 7, FieldRule.Text));
        }
        list.Add(("DATEADDED", C.DateAdded, version2 ? FieldRule.DateAdded14 : FieldRule.DateAdded8));
        if (withUrl) list.Add(("SOURCEURL", C.SourceUrl, FieldRule.Text));
        return [.. list.Select((f, i) => new GdeltField(i, f.Name, f.Column, f.Rule))];
    }
}
