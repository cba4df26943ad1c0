namespace Fulcrum.Events;

/// <summary>The event file formats Fulcrum reads (see docs/events.md for their layouts and traps).</summary>
public enum EventFormat
{
    /// <summary>GDELT 1.0 daily export: 58 tab-separated fields, or 57 (no SOURCEURL) before April 2013.</summary>
    Gdelt1,
    /// <summary>GDELT 2.0 15-minute export: 61 tab-separated fields.</summary>
    Gdelt2,
    /// <summary>ICEWS coded events (<c>.tab</c>): tab-separated with a header row, country names.</summary>
    Icews,
    /// <summary>
    /// GDELT events with a header row naming the fields (BigQuery and pandas exports): comma- or
    /// tab-separated, quoted where needed, any subset and order of GDELT's fields (or the underscored
    /// names of some exports) holding an event id, a date or month, both actors' country codes and an
    /// event code or quad class. Same ID space as GDELT 1.0 and 2.0.
    /// </summary>
    GdeltCsv,
}

/// <summary>How an event file is stored on disk, detected from its first bytes.</summary>
public enum FileCompression
{
    None,
    Gzip,
    /// <summary>A zip archive holding exactly one member (as GDELT publishes its exports).</summary>
    Zip,
}

/// <summary>The names of formats as the command line and the store write them.</summary>
public static class EventFormats
{
    /// <summary>All formats, in the order they are documented.</summary>
    public static IReadOnlyList<EventFormat> All { get; } = [EventFormat.Gdelt1, EventFormat.Gdelt2, EventFormat.Icews, EventFormat.GdeltCsv];

    /// <summary><c>gdelt1</c>, <c>gdelt2</c>, <c>icews</c> or <c>gdelt-csv</c>.</summary>
    public static string Name(this EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "gdelt1",
        EventFormat.Gdelt2 => "gdelt2",
        EventFormat.Icews => "icews",
        EventFormat.GdeltCsv => "gdelt-csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown event format"),
    };

    /// <summary>The dataset whose ID space the format's event IDs live in.</summary>
    public static string Dataset(this EventFormat format) => format == EventFormat.Icews ? "icews" : "gdelt";

    /// <summary>A human label: "GDELT 2.0".</summary>
    public static string Label(this EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "GDELT 1.0",
        EventFormat.Gdelt2 => "GDELT 2.0",
        EventFormat.GdeltCsv => "GDELT with a header row",
        _ => "ICEWS",
    };

    /// <summary>Parses a format name (case-insensitive), or returns null.</summary>
    public static EventFormat? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "GDELT1" => EventFormat.Gdelt1,
        "GDELT2" => EventFormat.Gdelt2,
        "ICEWS" => EventFormat.Icews,
        "GDELT-CSV" => EventFormat.GdeltCsv,
        _ => null,
    };

    /// <summary><c>none</c>, <c>gzip</c> or <c>zip</c>.</summary>
    public static string Name(this FileCompression compression) => compression switch
    {
        FileCompression.Gzip => "gzip",
        FileCompression.Zip => "zip",
        _ => "none",
    };
}
