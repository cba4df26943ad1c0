namespace Fulcrum.Feeds;

/// <summary>
/// The feed client for http://, https:// and file:// URLs. HTTP goes through one shared
/// <see cref="HttpClient"/> with no timeout of its own (the downloader's stall timeout, on the
/// clock it is given, decides) and no automatic decompression (a file is checked as published).
/// </summary>
public sealed class FeedClient : IFeedClient
{
    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient(new SocketsHttpHandler
    {
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });

    public static FeedClient Shared { get; } = new();

    public async Task<FeedBody> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile)
        {
            var stream = new FileStream(url.LocalPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            return new FeedBody(stream, stream.Length);
        }
        if (url.Scheme is not ("http" or "https")) throw new IOException($"{url.Scheme}: is not a feed scheme (http, https or file)");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await Http.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new FeedBody(body, response.Content.Headers.ContentLength, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
