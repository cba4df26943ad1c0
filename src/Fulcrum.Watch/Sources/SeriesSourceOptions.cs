using Fulcrum.Detection;
using Fulcrum.Detection.Reading;
using Fulcrum.UnVotes;

namespace Fulcrum.Watch.Sources;

/// <summary>How a series source is opened; null settings take the source's own default.</summary>
public sealed record SeriesSourceOptions
{
    public static SeriesSourceOptions Default { get; } = new();

    /// <summary>What a missing period means; null = the source's default (files: error; builtin:gdelt-dyads: zero).</summary>
    public GapPolicy? Gaps { get; init; }

    /// <summary>Which way is bad; null = the source's default (files: unknown; dyad scores and UN agreement: higher is better).</summary>
    public Polarity? Polarity { get; init; }

    /// <summary>For <c>unvotes:</c> series: only important votes (default false).</summary>
    public bool ImportantVotes { get; init; }

    /// <summary>For <c>unvotes:</c> series: only these issue categories (default all).</summary>
    public IReadOnlyList<UnIssue> Issues { get; init; } = [];
}
