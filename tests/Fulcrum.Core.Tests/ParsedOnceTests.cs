using Fulcrum.Core.IO;

namespace Fulcrum.Core.Tests;

public class ParsedOnceTests
{
    [Fact]
    public async Task Get_ManyThreadsAtOnce_ParseEachNameOnceAndShareTheResult()
    {
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new ParsedOnce<object>(name =>
        {
            lock (calls) calls[name] = calls.GetValueOrDefault(name) + 1;
            Thread.Sleep(20); // long enough for the other threads to ask meanwhile
            return new object();
        });
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => (Name: i % 2 == 0 ? "a" : "b", Value: parsed.Get(i % 2 == 0 ? "a" : "b")))));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, calls);
        Assert.Single(results.Where(r => r.Name == "a").Select(r => r.Value).Distinct());
        Assert.NotSame(parsed.Get("a"), parsed.Get("b"));
    }
}
