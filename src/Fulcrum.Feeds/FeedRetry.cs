namespace Fulcrum.Feeds;

/// <summary>A try failed and another follows after <paramref name="Delay"/>.</summary>
/// <param name="Url">What is being downloaded.</param>
/// <param name="NextAttempt">The try that follows (2, 3, …).</param>
/// <param name="Delay">The wait before it, on the downloader's clock.</param>
/// <param name="Failure">Why the try before failed.</param>
public sealed record FeedRetry(Uri Url, int NextAttempt, TimeSpan Delay, string Failure);
