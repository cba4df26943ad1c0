using System.Globalization;
using Fulcrum.App.Journal;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary>The journal for people: one row per entry; one entry whole.</summary>
public static class JournalView
{
    public static void RenderList(CommandContext context, string location, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            context.Console.Line($"no journal entries in {location}");
            return;
        }
        var table = new Table().AddColumns("id", "recorded", "as of", "case", "probabilities", "recommendation", "what changed");
        foreach (var e in entries)
            table.AddRow(
                e.Id.ToString(CultureInfo.InvariantCulture), CliText.Escape(e.Record.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                e.Record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CliText.Escape(e.Record.CaseId),
                CliText.Escape(e.Body is { } b ? Probabilities(b) : "?"), CliText.Escape(e.Body?.Recommendation ?? "?"),
                CliText.Escape(e.Body is { } d ? string.Join("; ", d.Diff.Summary) : "unreadable body (run journal verify)"));
        context.Console.Write(table);
    }

    public static void RenderEntry(CommandContext context, JournalEntry e)
    {
        var b = e.Body!;
        var c = context.Console;
        c.Line($"journal entry {e.Id}, recorded {e.Record.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z, hash {e.Record.Hash[..12]} (after {e.Record.PreviousHash[..12]})");
        c.Line($"case {b.Identity.CaseId} ({b.Identity.CaseOrigin}, sha256 {b.Identity.CaseSha256[..Math.Min(12, b.Identity.CaseSha256.Length)]}), as of {b.Identity.AsOf:yyyy-MM-dd}, Fulcrum {b.Identity.FulcrumVersion}" +
            (b.Identity.Seed is { } seed ? FormattableString.Invariant($", seed {seed}, {b.Identity.Draws:N0} draws") : ""));
        c.Line($"probabilities from {b.ProbabilitySource}: {Probabilities(b)}");
        var signposts = new Table().AddColumns("signpost", "state", "since", "why");
        foreach (var s in b.Signposts)
            signposts.AddRow(CliText.Escape(s.Id), s.State.ToString(), s.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", CliText.Escape(s.Reason));
        if (b.Signposts.Count > 0) c.Write(signposts);
        var options = new Table().AddColumns("option", "E[[U]]", "CVaR10", "P(best)", "E[[regret]]", "admissible");
        foreach (var o in b.Options)
            options.AddRow(CliText.Escape(o.Id), F(o.ExpectedUtility), F(o.Cvar10), F(o.PBest), F(o.ExpectedRegret), o.Admissible ? "yes" : "no");
        c.Write(options);
        c.Line($"recommendation: {b.Recommendation} - {b.Reason}");
        c.Line(b.Diff.PreviousId is { } p ? $"since entry {p}:" : "changes:");
        foreach (var line in b.Diff.Summary) c.Line($"  {line}");
    }

    public static string Probabilities(JournalBody b) =>
        string.Join(", ", b.Probabilities.Select(kv => $"{kv.Key} {kv.Value.ToString("0.00", CultureInfo.InvariantCulture)}"));

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
