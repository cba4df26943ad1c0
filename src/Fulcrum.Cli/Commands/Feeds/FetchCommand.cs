using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Feeds;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Feeds;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Feeds;

/// <summary><c>fulcrum fetch --feed URL --from D --to D --into DIR</c>: bring a history range of a feed's event exports into a folder.</summary>
public static class FetchCommand
{
    public static Command Create(CliServices services)
    {
        var feed = new Option<string?>("--feed")
        {
            HelpName = "URL",
            Description = "The feed: a list's URL (http://, https://, file://; e.g. http://data.gdeltproject.org/gdeltv2/masterfilelist.txt), the folder URL holding GDELT's masterfilelist.txt, or a local list file",
            Required = true,
        };
        var from = new Option<string?>("--from") { HelpName = "DATE", Description = "The first day (UTC, YYYY-MM-DD) whose files are wanted", Required = true };
        var to = new Option<string?>("--to") { HelpName = "DATE", Description = "The last day (UTC, YYYY-MM-DD)", Required = true };
        var into = new Option<string?>("--into") { HelpName = "DIR", Description = "The folder the files go into (created when absent)", Required = true };
        var command = new Command("fetch",
            "Download a feed's event exports (…export.CSV.zip) for a range of days into a folder, each checked against the size and MD5 the list gives " +
            "before it gets its name there (written to a hidden temporary file, then renamed). A failed file is tried again after 2, 4, 8 s, then reported " +
            "and left out (exit code 2); a time with no file is noted as a gap. Run again, files already there whole are skipped: an interrupted fetch resumes. " +
            "Then: fulcrum ingest DIR.") { feed, from, to, into };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = new FetchRequest(context.Value(feed)!, CommonOptions.Date(context, from)!.Value, CommonOptions.Date(context, to)!.Value, context.Value(into)!);
            var progress = new Relay(d => context.Milestone($"fetch: {d.Entry.Name} {Word(d)}{(d.Failures.Count > 0 ? $" ({string.Join("; ", d.Failures)})" : "")}"));
            var result = CommandContext.Require(await context.App.Feeds.FetchAsync(request, progress, cancellationToken).ConfigureAwait(false));
            if (context.Json) context.WriteJson(FetchContract.Of(result));
            else Render(context, result);
            return result.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
    }

    private static void Render(CommandContext context, FetchResult r)
    {
        context.Console.Line($"fetch from {r.Feed} into {r.Into}: {r.Files.Count} files listed in the range, {r.Downloaded} downloaded, {r.Present} already there, {r.Failed} failed");
        foreach (var f in r.Files.Where(f => !f.Ok))
            context.Console.Line($"  failed: {f.Entry.Name} after {f.Attempts} tries: {string.Join("; ", f.Failures)}");
        foreach (var g in r.Gaps) context.Console.Line($"  gap: {g.Sentence}");
        foreach (var b in r.BadLines) context.Console.Line($"  unreadable line: {b}");
        if (r.Gaps.Count == 0 && r.Failed == 0) context.Console.MarkupLine("[green]every file of the range is there, whole[/]");
    }

    private static string Word(FeedDownload d) => d.Status switch
    {
        FeedDownloadStatus.Downloaded => d.Attempts > 1 ? $"downloaded on try {d.Attempts}" : "downloaded",
        FeedDownloadStatus.Present => "already there",
        _ => $"failed after {d.Attempts} tries",
    };

    private sealed class Relay(Action<FeedDownload> report) : IProgress<FeedDownload>
    {
        public void Report(FeedDownload value) => report(value);
    }
}
