namespace Fulcrum.Feeds;

/// <summary>
/// Opens a feed URL for reading. A failure to get the body (no such file, an HTTP error status, a
/// refused or reset connection) throws <see cref="IOException"/> or <see cref="HttpRequestException"/>;
/// the downloader catches both, reports them and tries again.
/// </summary>
public interface IFeedClient
{
    /// <summary>The body of <paramref name="url"/> and its declared length (null when the server gives none).</summary>
    Task<FeedBody> OpenAsync(Uri url, CancellationToken cancellationToken);
}

/// <summary>A response body being read; disposing it closes the transfer.</summary>
public sealed class FeedBody(Stream stream, long? length, IDisposable? owner = null) : IDisposable
{
    public Stream Stream { get; } = stream;

    /// <summary>The length the server declared (Content-Length, or the file's size).</summary>
    public long? Length { get; } = length;

    public void Dispose()
    {
        Stream.Dispose();
        owner?.Dispose();
    }
}
