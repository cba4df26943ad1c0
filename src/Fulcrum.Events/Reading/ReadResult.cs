namespace Fulcrum.Events.Reading;

/// <summary>What <see cref="EventFileReader.Read"/> found.</summary>
public enum ReadResult
{
    /// <summary>A valid row, now in the caller's <see cref="CanonicalRow"/>.</summary>
    Row,
    /// <summary>A bad row, described by the reject; reading goes on.</summary>
    Rejected,
    /// <summary>The end of the file; the checksum is now known.</summary>
    End,
}
