using System.Collections.Frozen;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// A set of names a header row may give GDELT's event fields: GDELT's own (as BigQuery's
/// <c>gdelt-bq.gdeltv2.events</c> and GDELT's header file spell them), or the underscored names of
/// exports such as ../shared/data/gdelt/luka_v2_*.csv (<c>Global_Event_ID, Day, … Date_Added,
/// Source_URL</c>). Names are matched whole, ignoring case; a column with a name the layout does
/// not know is ignored (a pandas index, <c>Confidence</c>).
/// </summary>
internal sealed class HeaderLayout
{
    private readonly FrozenDictionary<string, GdeltField> _fields;

    private HeaderLayout(string label, IEnumerable<(string Name, string Gdelt)> names)
    {
        Label = label;
        var byGdelt = GdeltLayout.Gdelt2.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var fields = new Dictionary<string, GdeltField>(StringComparer.OrdinalIgnoreCase);
        Names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, gdelt) in names)
        {
            fields.TryAdd(name, byGdelt[gdelt]);
            Names.TryAdd(gdelt, name);
        }
        _fields = fields.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How messages name the layout: "GDELT's own names (as BigQuery exports them)".</summary>
    public string Label { get; }

    /// <summary>The layout's name for each GDELT field it names (its first, where it has several).</summary>
    private Dictionary<string, string> Names { get; }

    /// <summary>GDELT's own field names: GLOBALEVENTID, SQLDATE, MonthYear, … DATEADDED, SOURCEURL.</summary>
    public static HeaderLayout Gdelt { get; } = new("GDELT's own names (as BigQuery exports them)",
        GdeltLayout.Gdelt2.Select(f => (f.Name, f.Name)));

    /// <summary>
    /// The underscored names, in GDELT's order. Two traps: <c>Actor_1_Country_Code</c> holds the
    /// actor's whole code (Actor1Code, e.g. <c>AFGINSTAL</c>) and <c>Actor_1_Country_ABBR</c> its
    /// country (Actor1CountryCode); the action's location is under <c>Mention_Type, ST_PR_CNTRY,
    /// Country, …_Extra</c>. Checked against GDELT's own export of the same rows (the tests).
    /// </summary>
    public static HeaderLayout Underscored { get; } = new("the underscored names (Global_Event_ID, Day, Actor_1_Country_ABBR, …)",
        UnderscoredNames().Zip(GdeltLayout.Gdelt2.Select(f => f.Name)).Concat(
        [
            ("Actor_2_Known_Group_Code", "Actor2KnownGroupCode"), ("Actor_1_Religion_1_Code", "Actor1Religion1Code"),
            ("Actor_2_Religion_1_Code", "Actor2Religion1Code"), ("SOURCEURL", "SOURCEURL"), ("DATEADDED", "DATEADDED"),
        ]));

    public static IReadOnlyList<HeaderLayout> All { get; } = [Gdelt, Underscored];

    /// <summary>The GDELT field a header name stands for in this layout, or null.</summary>
    public GdeltField? Find(string name) => _fields.GetValueOrDefault(name.Trim());

    /// <summary>The layout's name for a GDELT field ("SQLDATE", "Day").</summary>
    public string NameOf(string gdelt) => Names.GetValueOrDefault(gdelt, gdelt);

    /// <summary>
    /// What a header file must hold, each as alternatives of GDELT fields: an event id, a date or a
    /// month, both actors' country codes (dyads are matched on them), an event code or a quad class.
    /// </summary>
    public static readonly string[][] Required =
    [
        ["GLOBALEVENTID"], ["SQLDATE", "MonthYear"], ["Actor1CountryCode"], ["Actor2CountryCode"], ["EventCode", "QuadClass"],
    ];

    /// <summary>The required groups <paramref name="present"/> (GDELT names) lacks, in this layout's names: "SQLDATE or MonthYear".</summary>
    public IReadOnlyList<string> Missing(IReadOnlySet<string> present) =>
        [.. Required.Where(g => !g.Any(present.Contains)).Select(g => string.Join(" or ", g.Select(NameOf)))];

    private static string[] UnderscoredNames() =>
    [
        "Global_Event_ID", "Day", "YYYYMM", "YYYY", "Day_Time",
        "Actor_1_Country_Code", "Actor_1_Name", "Actor_1_Country_ABBR", "Actor_1_Known_Group_Code", "Actor_1_Ethnic_Code",
        "Actor_1_Religion_Code", "Actor_1_Religion_2_Code", "Actor_1_Role", "Actor_1_Role2", "Actor_1_Role3",
        "Actor_2_Country_Code", "Actor_2_Name", "Actor_2_Country_ABBR", "Actor_2_Know_Group_Code", "Actor_2_Ethnic_Code",
        "Actor_2_Religion_Code", "Actor_2_Religion_2_Code", "Actor_2_Role", "Actor_2_Role2", "Actor_2_Role3",
        "Is_Root_Event", "Event_Code", "Event_Base_Code", "Event_Root_Code", "Quad_Class", "Goldstein_Scale",
        "Num_Mentions", "Num_Sources", "Num_Articles", "AVG_TONE",
        "Actor_1_Geo_Type", "Actor_1_Geo_FullName", "Actor_1_Geo_Country_Code", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor_2_Geo_Type", "Actor_2_Geo_FullName", "Actor_2_Geo_Country_Code", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "Mention_Type", "ST_PR_CNTRY", "Country", "ADM1Code_Extra", "ADM2Code_Extra", "Lat_Extra", "Long_Extra", "ActorGeo_FeaturID_Extra",
        "Date_Added", "Source_URL",
    ];
}

/// <summary>
/// A header row read against the layouts: the delimiter, the layout that names the most of its
/// columns, and for each column the GDELT field it holds (null: ignored).
/// </summary>
/// <param name="Names">The header's names, in file order.</param>
/// <param name="Fields">The GDELT field of each column, or null.</param>
internal sealed record HeaderMatch(HeaderLayout Layout, byte Delimiter, string[] Names, GdeltField?[] Fields)
{
    /// <summary>The GDELT fields the header holds.</summary>
    public IReadOnlySet<string> Present { get; } = Fields.OfType<GdeltField>().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    public int Recognised => Fields.Count(f => f is not null);

    /// <summary>The required groups the header lacks, in the layout's names.</summary>
    public IReadOnlyList<string> Missing => Layout.Missing(Present);

    /// <summary>
    /// The best reading of <paramref name="line"/> as a header: for each delimiter (comma, tab,
    /// semicolon) and layout, how many columns it names; the most wins (GDELT's names on a tie).
    /// Null when no delimiter and layout name any column: the line is not a header of GDELT fields.
    /// </summary>
    public static HeaderMatch? Best(ReadOnlySpan<byte> line)
    {
        HeaderMatch? best = null;
        foreach (var delimiter in new[] { (byte)',', (byte)'\t', (byte)';' })
        {
            var names = CsvFields.SplitHeader(line, delimiter);
            if (names.Length < 2) continue;
            foreach (var layout in HeaderLayout.All)
            {
                var match = new HeaderMatch(layout, delimiter, names, [.. names.Select(layout.Find)]);
                if (match.Recognised > (best?.Recognised ?? 0)) best = match;
            }
        }
        return best;
    }

    /// <summary>A column named twice (the same GDELT field under one name or two), or null.</summary>
    public (int First, int Second)? Repeated()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i] is not { } f) continue;
            if (seen.TryGetValue(f.Name, out var first)) return (first, i);
            seen[f.Name] = i;
        }
        return null;
    }
}
