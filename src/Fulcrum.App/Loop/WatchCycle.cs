using Fulcrum.App.Examine;
using Fulcrum.App.Feeds;
using Fulcrum.App.Ingest;
using Fulcrum.App.Journal;

namespace Fulcrum.App.Loop;

/// <summary>
/// One cycle of a watch: what the feed brought, what was ingested, and — when the data state
/// changed since the case's newest journal entry — the examination, its entry and the alert.
/// </summary>
/// <param name="Number">1, 2, … since the watch started.</param>
/// <param name="Started">When it started, by the host's clock.</param>
/// <param name="Feed">The list feed's step (null for a folder feed).</param>
/// <param name="Ingest">What became of each new file.</param>
/// <param name="Examination">The examination (null when the data state was already journalled: nothing new to judge).</param>
/// <param name="Entry">The journal entry written (null when none was).</param>
/// <param name="Unchanged">The entry that already records this data state (null when a new one was written).</param>
/// <param name="Alert">What crossed a line (null: nothing).</param>
/// <param name="AlertFailures">Alert deliveries that failed (the command or the URL), each with why.</param>
public sealed record WatchCycle(
    int Number, DateTimeOffset Started, FeedStep? Feed, IngestOutcome Ingest, Examination? Examination, JournalEntry? Entry,
    long? Unchanged, WatchAlert? Alert, IReadOnlyList<string> AlertFailures);

/// <summary>How a watch ended: the cycles run, and whether it was stopped (a signal) rather than reaching its count.</summary>
public sealed record WatchRun(int Cycles, bool Stopped);
