using System.Globalization;
using Fulcrum.App.Brief;
using Fulcrum.App.Examine;
using Fulcrum.App.Identity;
using Fulcrum.Core.Time;
using Fulcrum.Watch.Signposts;
using static Fulcrum.Brief.Internal.Html;

namespace Fulcrum.Brief.Internal;

/// <summary>The balance sheet, the signposts, the journal and the data behind the brief.</summary>
internal static class WatchSections
{
    public static void Balance(Html h, BriefData brief)
    {
        h.Element("h2", "The balance sheet");
        if (brief.Balance is not { Sheet: var sheet })
        {
            h.Element("p", "The balance sheet could not be drawn: " + string.Join("; ", brief.BalanceProblems.Select(p => p.Message)));
            return;
        }
        var p = sheet.Powers;
        h.Element("p", $"{sheet.Focal} between {string.Join(" and ", p)}, as of {D(sheet.AsOf)}: each relation standardised on its own trailing baseline (z)" +
            (p.Count >= 2 ? $"; the tilt z({p[0]}) - z({p[1]}) is above 0 when the relation with {p[0]} stands better against its own recent past than the one with {p[1]}." : "."));
        foreach (var (track, name) in new[] { (sheet.Fast, "fast"), (sheet.Slow, "slow") })
        {
            var spans = string.Join(", ", track.Series.Select(s => s.Name is null ? $"{s.Power}: no series ({s.Missing})" : $"{s.Name} {D(s.From)} to {D(s.To)}"));
            if (track.Rows.Any(r => r.Relations.Any(v => v.Z is not null)))
                h.Figure($"balance-{name}", BalanceChart.Track(sheet, track, $"{name} relations"),
                    $"The {name} measure, {track.Measure} ({track.Period.Adjective()}, baseline {track.BaselinePoints} {track.Period.Noun()}s): {spans}. Dashed lines: the tolerance bands.");
            else h.Element("p", $"The {name} measure ({track.Measure}) has no point that can be standardised yet: {spans}.");
            foreach (var note in track.Notes) h.Element("p", $"note: {note}", "meta");
        }
        foreach (var b in sheet.Bands.Where(b => !b.Drawable)) h.Element("p", $"band {b.Tolerance} ({b.Power}): {b.Name} - {b.Note}", "meta");
    }

    public static void Signposts(Html h, Examination e)
    {
        h.Element("h2", "Signposts");
        if (e.Signposts is not { } r)
        {
            h.Element("p", $"The probabilities did not come from the signposts but from {e.Appraisal.ProbabilitySource}.");
            return;
        }
        h.Table(["signpost", "state", "since", "rule", "why", "data from"],
            r.Readings.Select(x => (IReadOnlyList<string>)[x.Id, State(x.State), D(x.Since), x.Rule, x.Reason, x.Evidence.Origin]),
            $"Signposts as of {D(r.AsOf)}");
        foreach (var x in r.Readings.Where(x => x.Evidence.Alarm?.Evidence.Events is { Count: > 0 }))
        {
            h.Element("p", $"Events behind {x.Id}'s alarm of {D(x.Evidence.Alarm!.Date)}:");
            h.Raw("<ul class=\"evidence\">");
            foreach (var ev in x.Evidence.Alarm.Evidence.Events!)
            {
                // Names from the data are isolated (bdi): a right-to-left override in one cannot reorder the text around it.
                h.Raw("<li>").Text($"{D(ev.EventDate)} ").Raw("<bdi>").Text(ev.Actor1Name ?? ev.Actor1Code ?? "?").Raw("</bdi> - <bdi>")
                    .Text(ev.Actor2Name ?? ev.Actor2Code ?? "?").Raw("</bdi>").Text($", CAMEO {ev.EventCode}, Goldstein " +
                    (ev.GoldsteinScale is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "-") + " ");
                if (ev.SourceUrl is not null) h.Link(ev.SourceUrl, "source");
                h.Raw("</li>\n");
            }
            h.Raw("</ul>\n");
        }
        foreach (var f in r.Flags) h.Element("p", $"flag ({f.Signpost}): {f.Text}");
        h.Figure("posterior", OtherCharts.Probabilities(OtherCharts.Of(r.Update), "posterior"),
            r.Update.Moved ? "Each scenario's prior against its posterior given the signposts (Bayes' rule)." : "No fired signpost tells the scenarios apart: the posterior is the prior.");
    }

    public static void Journal(Html h, BriefJournal? j)
    {
        h.Element("h2", "The journal");
        if (j is null || j.Entries.Count == 0)
        {
            h.Element("p", j is null ? "No journal was read." : $"The journal of {j.Location} holds no entry for this case.");
            return;
        }
        h.Figure("timeline", OtherCharts.Timeline(j.Entries), $"Each scenario's probability in the {j.Entries.Count} journal entries of this case, by the date they were examined as of.");
        h.Table(["entry", "as of", "recorded", "recommendation"],
            j.Entries.Where(x => x.Body is not null).Select(x => (IReadOnlyList<string>)[x.Id.ToString(CultureInfo.InvariantCulture), D(x.Record.AsOf),
                x.Record.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z", x.Body!.Recommendation]),
            "Recommendations over time");
        if (j.Scores is not { } s) h.Element("p", "No outcome is recorded for this case, so the forecasts cannot be scored yet.");
        else
            h.Table(["days before the outcome", "forecasts", "mean Brier (0 best, 2 worst)", "mean log score (0 best)"],
                s.Horizons.Select(x => (IReadOnlyList<string>)[$"{x.FromDays}-{(x.ToDays is { } t ? t.ToString(CultureInfo.InvariantCulture) : "")}",
                    x.Forecasts.ToString(CultureInfo.InvariantCulture), N(x.MeanBrier, "0.000"), N(x.MeanLogScore, "0.000")]),
                "Forecast scores against the recorded outcomes");
    }

    /// <param name="read">Everything the brief read (the examination's sources and the balance sheet's).</param>
    public static void Data(Html h, BriefData brief, DataRead read)
    {
        var e = brief.Examination;
        var i = e.Identity;
        h.Element("h2", "The data behind it");
        var rows = new List<IReadOnlyList<string>>();
        if (read.Store is { } st)
            rows.Add(["event store " + st.Location, $"{D(st.FirstDate)} to {D(st.LastDate)}",
                string.Create(CultureInfo.InvariantCulture, $"{st.Events:N0} events in {st.Files:N0} files"), $"{DataLicences.Gdelt}; {DataLicences.Icews}"]);
        foreach (var s in read.Series)
            rows.Add([s.Rebound ? $"{s.Path} (for {s.Reference})" : s.Path, "-", s.Problem ?? $"sha256 {s.Sha256}", DataLicences.For(s.Reference + " " + s.Path)]);
        if (e.Case.Case.Relations.Slow.Length > 0) rows.Add([$"UN votes ({e.Case.Case.Relations.Slow})", "-", "shipped with Fulcrum", DataLicences.UnVotes]);
        h.Table(["source", "dates", "count or digest", "licence"], rows, "Sources read");
        Spans(h, brief, e);
        h.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"Examination: Fulcrum {i.FulcrumVersion}, case {i.CaseId} ({i.CaseOrigin}, sha256 {i.CaseSha256}), as of {D(i.AsOf)}, seed {i.Seed}, {i.Draws:N0} draws, data through {D(i.Data.Through)}, run {i.Ran.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z."), "meta");
    }

    /// <summary>The date span of every series the brief drew or judged: the balance sheet's relations, and each signpost's data.</summary>
    private static void Spans(Html h, BriefData brief, Examination e)
    {
        var rows = new List<IReadOnlyList<string>>();
        if (brief.Balance is { Sheet: var sheet })
            foreach (var (track, name) in new[] { (sheet.Fast, "fast relation"), (sheet.Slow, "slow relation") })
                foreach (var s in track.Series)
                    rows.Add([$"{name}, {s.Power}", s.Name ?? "-", s.Name is null ? $"no series: {s.Missing}" : $"{D(s.From)} to {D(s.To)}"]);
        if (e.Signposts is { } r)
            foreach (var x in r.Readings)
                rows.Add([$"signpost {x.Id}", x.Evidence.Origin, x.DataThrough is { } t ? $"data through {D(t)}" : "no data"]);
        if (rows.Count > 0) h.Table(["used for", "series", "dates"], rows, "Series drawn and judged, with their date spans");
    }

    private static string State(SignpostState s) => s switch
    {
        SignpostState.Fired => "fired",
        SignpostState.Quiet => "quiet",
        _ => "no data",
    };
}
