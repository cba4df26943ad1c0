using System.Collections.Concurrent;

namespace Fulcrum.Core.IO;

/// <summary>
/// What is parsed from content that cannot change while the program runs (a shipped case or
/// series, embedded in an assembly): each name parsed on first use, by one thread, and the result
/// shared for the rest of the process. Results must be immutable; callers pass only names that
/// exist, so the set stays bounded by what is shipped. A file on disk is never read through this:
/// it may change between runs.
/// </summary>
public sealed class ParsedOnce<T>(Func<string, T> parse)
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _parsed = new(StringComparer.Ordinal);

    public T Get(string name) => _parsed.GetOrAdd(name, n => new Lazy<T>(() => parse(n))).Value;
}
