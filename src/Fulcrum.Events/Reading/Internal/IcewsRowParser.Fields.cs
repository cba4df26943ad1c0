using Fulcrum.Events.Reference;
using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

internal sealed partial class IcewsRowParser
{
    /// <summary>One actor: name, country (mapped to CAMEO), type from sectors, and the code they make.</summary>
    private bool TryActor(CanonicalRow row, ReadOnlySpan<byte> line, string role, int first, int sectorsColumn, out string field, out string? error)
    {
        field = role + " Country";
        error = null;
        var name = Text(Get(line, role + " Name"));
        var countryName = Text(Get(line, field));
        string? country = null;
        if (countryName is not null)
        {
            country = IcewsCountries.CodeOf(countryName);
            if (country is null)
            {
                error = $"'{countryName}' is not in Fulcrum's ICEWS country table (Reference/Data/icews-countries.tsv) or the CAMEO country list";
                return false;
            }
        }
        var sectors = Text(Get(line, role + " Sectors"));
        var isCountryItself = country is not null && string.Equals(name, countryName, StringComparison.OrdinalIgnoreCase);
        var type = isCountryItself ? null : IcewsSectors.TypeOf(sectors);
        // The country itself is coded like GDELT codes it (the bare country code); a person or body
        // with no mapped sector gets no code rather than passing for the country.
        var code = isCountryItself ? country : type is null ? null : country + type;
        row.Set(first, code);
        row.Set(first + 1, name);
        row.Set(first + 2, country);
        row.Set(first + 7, type);
        row.Set(sectorsColumn, sectors);
        return true;
    }

    private static bool TryCode(CanonicalRow row, ReadOnlySpan<byte> v, out string? error)
    {
        error = null;
        if (!FieldWriter.IsEventCode(v))
        {
            error = $"'{Utf8Fields.Show(v)}' is not a CAMEO event code (2 to 4 digits)";
            return false;
        }
        var root = v[..2];
        var quad = QuadClasses.FromRoot(((root[0] - '0') * 10) + (root[1] - '0'));
        if (quad is null)
        {
            error = $"'{Utf8Fields.Show(v)}' has root {Utf8Fields.Show(root)}; CAMEO roots are 01 to 20";
            return false;
        }
        row.Set(C.EventCode, v);
        row.Set(C.EventBaseCode, v.Length > 3 ? v[..3] : v);
        row.Set(C.EventRootCode, root);
        row.Reserve(C.QuadClass, 1)[0] = (byte)('0' + quad.Value);
        return true;
    }

    /// <summary>Place, story and publisher, when the file has them.</summary>
    private bool TryOptional(CanonicalRow row, ReadOnlySpan<byte> line, out string field, out string? error)
    {
        error = null;
        var place = new List<string>(4);
        foreach (var name in PlaceFields)
            if (Text(Get(line, name)) is { } part) place.Add(part);
        row.Set(C.ActionGeoFullName, string.Join(", ", place));
        field = "Latitude";
        if (!FieldWriter.Number(row, C.ActionGeoLat, Get(line, field), -90, 90, required: false, out var e)) return Bad(e, out error);
        field = "Longitude";
        if (!FieldWriter.Number(row, C.ActionGeoLong, Get(line, field), -180, 180, required: false, out e)) return Bad(e, out error);
        field = "Story ID";
        if (!FieldWriter.Integer(row, C.StoryId, Get(line, field), 0, long.MaxValue, required: false, out _, out e)) return Bad(e, out error);
        field = "Sentence Number";
        if (!FieldWriter.Integer(row, C.SentenceNumber, Get(line, field), 0, int.MaxValue, required: false, out _, out e)) return Bad(e, out error);
        row.Set(C.Publisher, Get(line, "Publisher"));
        return true;
    }

    private static readonly string[] PlaceFields = ["City", "District", "Province", "Country"];

    private static bool Bad(string reason, out string? error)
    {
        error = reason;
        return false;
    }
}
