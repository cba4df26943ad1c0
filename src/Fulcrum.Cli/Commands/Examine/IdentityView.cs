using System.Globalization;
using Fulcrum.App.Identity;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>The footer that identifies an examination: what was judged, on which data, when.</summary>
public static class IdentityView
{
    public static void Render(IAnsiConsole console, ExaminationIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(identity);
        var d = identity.Data;
        var data = new List<string>();
        if (d.Store is { } s) data.Add(FormattableString.Invariant($"store {s.Location} ({s.Files:N0} files, {s.Events:N0} events, last ingest {(s.LastIngestId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "none")})"));
        data.AddRange(d.Series.Select(r => $"{r.Path}{(r.Rebound ? $" (for {r.Reference})" : "")} sha256 {Short(r.Sha256)}"));
        console.Line();
        var drawn = identity.Seed is { } seed ? FormattableString.Invariant($", seed {seed}, {identity.Draws:N0} draws") : "";
        console.Line(FormattableString.Invariant(
            $"examination: Fulcrum {identity.FulcrumVersion}, case {identity.CaseId} ({identity.CaseOrigin}, sha256 {Short(identity.CaseSha256)}), as of {identity.AsOf:yyyy-MM-dd}{drawn}") +
            $"; data: {(data.Count > 0 ? string.Join("; ", data) : "none read")}; ran {identity.Ran.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z");
    }

    private static string Short(string? sha) => sha is { Length: > 12 } ? sha[..12] : sha ?? "unknown";
}
