namespace Fulcrum.Events.Schema;

/// <summary>
/// The events table, in order: every field of GDELT 2.0 (GDELT 1.0 lacks the three ADM2 codes and,
/// before April 2013, the source URL), then provenance and the ICEWS fields GDELT has no place for.
/// Canonical rows, the store's table and its documentation (docs/events.md) all follow this list.
/// </summary>
public static class EventColumns
{
    public const int Dataset = 0;
    public const int EventId = 1;
    public const int EventDate = 2;
    public const int MonthYear = 3;
    public const int Year = 4;
    public const int FractionDate = 5;
    public const int Actor1Code = 6;
    public const int Actor1Name = 7;
    public const int Actor1CountryCode = 8;
    public const int Actor1KnownGroupCode = 9;
    public const int Actor1EthnicCode = 10;
    public const int Actor1Religion1Code = 11;
    public const int Actor1Religion2Code = 12;
    public const int Actor1Type1Code = 13;
    public const int Actor1Type2Code = 14;
    public const int Actor1Type3Code = 15;
    public const int Actor2Code = 16;
    public const int Actor2Name = 17;
    public const int Actor2CountryCode = 18;
    public const int Actor2KnownGroupCode = 19;
    public const int Actor2EthnicCode = 20;
    public const int Actor2Religion1Code = 21;
    public const int Actor2Religion2Code = 22;
    public const int Actor2Type1Code = 23;
    public const int Actor2Type2Code = 24;
    public const int Actor2Type3Code = 25;
    public const int IsRootEvent = 26;
    public const int EventCode = 27;
    public const int EventBaseCode = 28;
    public const int EventRootCode = 29;
    public const int QuadClass = 30;
    public const int GoldsteinScale = 31;
    public const int NumMentions = 32;
    public const int NumSources = 33;
    public const int NumArticles = 34;
    public const int AvgTone = 35;
    public const int Actor1GeoType = 36;
    public const int Actor1GeoFullName = 37;
    public const int Actor1GeoCountryCode = 38;
    public const int Actor1GeoAdm1Code = 39;
    public const int Actor1GeoAdm2Code = 40;
    public const int Actor1GeoLat = 41;
    public const int Actor1GeoLong = 42;
    public const int Actor1GeoFeatureId = 43;
    public const int Actor2GeoType = 44;
    public const int Actor2GeoFullName = 45;
    public const int Actor2GeoCountryCode = 46;
    public const int Actor2GeoAdm1Code = 47;
    public const int Actor2GeoAdm2Code = 48;
    public const int Actor2GeoLat = 49;
    public const int Actor2GeoLong = 50;
    public const int Actor2GeoFeatureId = 51;
    public const int ActionGeoType = 52;
    public const int ActionGeoFullName = 53;
    public const int ActionGeoCountryCode = 54;
    public const int ActionGeoAdm1Code = 55;
    public const int ActionGeoAdm2Code = 56;
    public const int ActionGeoLat = 57;
    public const int ActionGeoLong = 58;
    public const int ActionGeoFeatureId = 59;
    public const int DateAdded = 60;
    public const int SourceUrl = 61;
    public const int SourceFormat = 62;
    public const int SourceLine = 63;
    public const int Actor1Sectors = 64;
    public const int Actor2Sectors = 65;
    public const int StoryId = 66;
    public const int SentenceNumber = 67;
    public const int Publisher = 68;

    /// <summary>The number of columns (69).</summary>
    public const int Count = 69;

    /// <summary>Every column, by index.</summary>
    public static IReadOnlyList<EventColumn> All { get; } =
    [
        new(Dataset, "dataset", ColumnKind.Text, "'gdelt' or 'icews': the ID space of event_id (GDELT 1.0 and 2.0 share one)"),
        new(EventId, "event_id", ColumnKind.Int64, "GLOBALEVENTID; ICEWS Event ID"),
        new(EventDate, "event_date", ColumnKind.Date, "SQLDATE (YYYYMMDD); ICEWS Event Date"),
        new(MonthYear, "month_year", ColumnKind.Int32, "MonthYear (YYYYMM); derived from the date for ICEWS"),
        new(Year, "year", ColumnKind.Int32, "Year; derived for ICEWS"),
        new(FractionDate, "fraction_date", ColumnKind.Double, "FractionDate = YYYY + ((MM-1)*30 + DD)/365, 4 decimals; derived for ICEWS"),
        new(Actor1Code, "actor1_code", ColumnKind.Text, "Actor1Code; ICEWS: country code + CAMEO type derived from the sectors"),
        new(Actor1Name, "actor1_name", ColumnKind.Text, "Actor1Name; ICEWS Source Name"),
        new(Actor1CountryCode, "actor1_country_code", ColumnKind.Text, "Actor1CountryCode; ICEWS Source Country mapped to CAMEO"),
        new(Actor1KnownGroupCode, "actor1_known_group_code", ColumnKind.Text, "Actor1KnownGroupCode"),
        new(Actor1EthnicCode, "actor1_ethnic_code", ColumnKind.Text, "Actor1EthnicCode"),
        new(Actor1Religion1Code, "actor1_religion1_code", ColumnKind.Text, "Actor1Religion1Code"),
        new(Actor1Religion2Code, "actor1_religion2_code", ColumnKind.Text, "Actor1Religion2Code"),
        new(Actor1Type1Code, "actor1_type1_code", ColumnKind.Text, "Actor1Type1Code; ICEWS: from the sectors (Reference/Data/icews-sectors.tsv)"),
        new(Actor1Type2Code, "actor1_type2_code", ColumnKind.Text, "Actor1Type2Code"),
        new(Actor1Type3Code, "actor1_type3_code", ColumnKind.Text, "Actor1Type3Code"),
        new(Actor2Code, "actor2_code", ColumnKind.Text, "Actor2Code; ICEWS: country code + CAMEO type derived from the sectors"),
        new(Actor2Name, "actor2_name", ColumnKind.Text, "Actor2Name; ICEWS Target Name"),
        new(Actor2CountryCode, "actor2_country_code", ColumnKind.Text, "Actor2CountryCode; ICEWS Target Country mapped to CAMEO"),
        new(Actor2KnownGroupCode, "actor2_known_group_code", ColumnKind.Text, "Actor2KnownGroupCode"),
        new(Actor2EthnicCode, "actor2_ethnic_code", ColumnKind.Text, "Actor2EthnicCode"),
        new(Actor2Religion1Code, "actor2_religion1_code", ColumnKind.Text, "Actor2Religion1Code"),
        new(Actor2Religion2Code, "actor2_religion2_code", ColumnKind.Text, "Actor2Religion2Code"),
        new(Actor2Type1Code, "actor2_type1_code", ColumnKind.Text, "Actor2Type1Code; ICEWS: from the sectors (Reference/Data/icews-sectors.tsv)"),
        new(Actor2Type2Code, "actor2_type2_code", ColumnKind.Text, "Actor2Type2Code"),
        new(Actor2Type3Code, "actor2_type3_code", ColumnKind.Text, "Actor2Type3Code"),
        new(IsRootEvent, "is_root_event", ColumnKind.Bool, "IsRootEvent (0/1); NULL for ICEWS"),
        new(EventCode, "event_code", ColumnKind.Text, "EventCode; ICEWS CAMEO Code"),
        new(EventBaseCode, "event_base_code", ColumnKind.Text, "EventBaseCode (first 3 digits of the code)"),
        new(EventRootCode, "event_root_code", ColumnKind.Text, "EventRootCode (first 2 digits)"),
        new(QuadClass, "quad_class", ColumnKind.Int8, "QuadClass (1-4); ICEWS: from the root code (01-05=1, 06-09=2, 10-14=3, 15-20=4)"),
        new(GoldsteinScale, "goldstein_scale", ColumnKind.Double, "GoldsteinScale; ICEWS Intensity"),
        new(NumMentions, "num_mentions", ColumnKind.Int32, "NumMentions; NULL for ICEWS"),
        new(NumSources, "num_sources", ColumnKind.Int32, "NumSources; NULL for ICEWS"),
        new(NumArticles, "num_articles", ColumnKind.Int32, "NumArticles; NULL for ICEWS"),
        new(AvgTone, "avg_tone", ColumnKind.Double, "AvgTone; NULL for ICEWS"),
        new(Actor1GeoType, "actor1_geo_type", ColumnKind.Int8, "Actor1Geo_Type"),
        new(Actor1GeoFullName, "actor1_geo_full_name", ColumnKind.Text, "Actor1Geo_FullName"),
        new(Actor1GeoCountryCode, "actor1_geo_country_code", ColumnKind.Text, "Actor1Geo_CountryCode (FIPS 10-4)"),
        new(Actor1GeoAdm1Code, "actor1_geo_adm1_code", ColumnKind.Text, "Actor1Geo_ADM1Code"),
        new(Actor1GeoAdm2Code, "actor1_geo_adm2_code", ColumnKind.Text, "Actor1Geo_ADM2Code (GDELT 2.0 only)"),
        new(Actor1GeoLat, "actor1_geo_lat", ColumnKind.Double, "Actor1Geo_Lat"),
        new(Actor1GeoLong, "actor1_geo_long", ColumnKind.Double, "Actor1Geo_Long"),
        new(Actor1GeoFeatureId, "actor1_geo_feature_id", ColumnKind.Text, "Actor1Geo_FeatureID"),
        new(Actor2GeoType, "actor2_geo_type", ColumnKind.Int8, "Actor2Geo_Type"),
        new(Actor2GeoFullName, "actor2_geo_full_name", ColumnKind.Text, "Actor2Geo_FullName"),
        new(Actor2GeoCountryCode, "actor2_geo_country_code", ColumnKind.Text, "Actor2Geo_CountryCode (FIPS 10-4)"),
        new(Actor2GeoAdm1Code, "actor2_geo_adm1_code", ColumnKind.Text, "Actor2Geo_ADM1Code"),
        new(Actor2GeoAdm2Code, "actor2_geo_adm2_code", ColumnKind.Text, "Actor2Geo_ADM2Code (GDELT 2.0 only)"),
        new(Actor2GeoLat, "actor2_geo_lat", ColumnKind.Double, "Actor2Geo_Lat"),
        new(Actor2GeoLong, "actor2_geo_long", ColumnKind.Double, "Actor2Geo_Long"),
        new(Actor2GeoFeatureId, "actor2_geo_feature_id", ColumnKind.Text, "Actor2Geo_FeatureID"),
        new(ActionGeoType, "action_geo_type", ColumnKind.Int8, "ActionGeo_Type"),
        new(ActionGeoFullName, "action_geo_full_name", ColumnKind.Text, "ActionGeo_FullName; ICEWS: City, District, Province, Country"),
        new(ActionGeoCountryCode, "action_geo_country_code", ColumnKind.Text, "ActionGeo_CountryCode (FIPS 10-4)"),
        new(ActionGeoAdm1Code, "action_geo_adm1_code", ColumnKind.Text, "ActionGeo_ADM1Code"),
        new(ActionGeoAdm2Code, "action_geo_adm2_code", ColumnKind.Text, "ActionGeo_ADM2Code (GDELT 2.0 only)"),
        new(ActionGeoLat, "action_geo_lat", ColumnKind.Double, "ActionGeo_Lat; ICEWS Latitude"),
        new(ActionGeoLong, "action_geo_long", ColumnKind.Double, "ActionGeo_Long; ICEWS Longitude"),
        new(ActionGeoFeatureId, "action_geo_feature_id", ColumnKind.Text, "ActionGeo_FeatureID"),
        new(DateAdded, "date_added", ColumnKind.Timestamp, "DATEADDED (2.0: YYYYMMDDHHMMSS UTC; 1.0: YYYYMMDD, stored at midnight); NULL for ICEWS"),
        new(SourceUrl, "source_url", ColumnKind.Text, "SOURCEURL (absent in GDELT 1.0 files before April 2013); NULL for ICEWS"),
        new(SourceFormat, "source_format", ColumnKind.Text, "the reader: 'gdelt1', 'gdelt2' or 'icews'"),
        new(SourceLine, "source_line", ColumnKind.Int64, "the 1-based line of the row in its file"),
        new(Actor1Sectors, "actor1_sectors", ColumnKind.Text, "ICEWS Source Sectors (comma-separated); NULL for GDELT"),
        new(Actor2Sectors, "actor2_sectors", ColumnKind.Text, "ICEWS Target Sectors; NULL for GDELT"),
        new(StoryId, "story_id", ColumnKind.Int64, "ICEWS Story ID; NULL for GDELT"),
        new(SentenceNumber, "sentence_number", ColumnKind.Int32, "ICEWS Sentence Number; NULL for GDELT"),
        new(Publisher, "publisher", ColumnKind.Text, "ICEWS Publisher; NULL for GDELT"),
    ];

    /// <summary>The column with this name, or null.</summary>
    public static EventColumn? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
