using System.Text.Json.Nodes;
using Fulcrum.App.Cases;
using Fulcrum.App.Loop;
using Fulcrum.App.Stores;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Web.Tests;

/// <summary><c>serve --watch</c>: the App's loop runs in the server and each entry it journals reaches an open event stream.</summary>
public class LiveUpdatesTests
{
    [Fact]
    public async Task Watch_ANewFileInTheFeed_IsJournalledAndStreamedToOpenPages()
    {
        using var temp = Fixture.Temp();
        var feed = Path.Combine(temp.Root, "feed");
        var made = EventFiles.Write(Path.Combine(temp.Root, "made"), 2);
        Directory.CreateDirectory(feed);
        File.Copy(made[0], Path.Combine(feed, Path.GetFileName(made[0])));
        var store = temp.File("watched.duckdb");
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var interval = TimeSpan.FromMinutes(15);
        var watch = new WatchRequest(new CaseScope(CaseRef.Default, new StoreRef(store, true)), store, feed) { Interval = interval, Draws = 1000 };
        await using var server = await ApiServer.StartAsync(store: store, with: o => o with { Watch = watch }, time: time);

        // A cycle that fails (the page's read of the journal can meet the loop opening the store for
        // writing) is tried again after its interval on the host's clock: move it on while waiting.
        await UntilAsync(async () => await EntriesAsync(server) == 1, "the first cycle's entry", () => time.Advance(interval));
        using var stream = await server.Client.GetAsync("/api/updates", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);
        while (await reader.ReadLineAsync() is { } line && line != ": connected") { }

        File.Copy(made[1], Path.Combine(feed, Path.GetFileName(made[1])));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var lines = new List<string?>();
        while (!lines.Contains("event: journal"))
        {
            var next = reader.ReadLineAsync(stop.Token).AsTask();
            while (!next.IsCompleted)
            {
                time.Advance(interval); // the loop waits on the host's clock: move it on until the next cycle runs
                await Task.WhenAny(next, Task.Delay(200, stop.Token));
            }
            lines.Add(await next);
        }
        while (lines[^1] is { Length: > 0 }) lines.Add(await reader.ReadLineAsync(stop.Token));

        Assert.Contains("event: journal", lines);
        var notice = JsonNode.Parse(lines.Single(l => l!.StartsWith("data: ", StringComparison.Ordinal))!["data: ".Length..])!;
        Assert.Equal(2, notice["id"]!.GetValue<long>());
        Assert.Equal(2, await EntriesAsync(server));
        Assert.False(string.IsNullOrEmpty(notice["recommendation"]!.GetValue<string>()));
    }

    private static async Task<int> EntriesAsync(ApiServer server)
    {
        var response = await server.Client.GetAsync("/api/journal");
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["entries"]!.AsArray().Count : -1;
    }

    private static async Task UntilAsync(Func<Task<bool>> done, string what, Action tick)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await done()) return;
            tick();
            await Task.Delay(200);
        }
        Assert.Fail($"waited 2 minutes for {what}");
    }
}
