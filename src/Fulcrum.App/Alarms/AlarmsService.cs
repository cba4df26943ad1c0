using Fulcrum.App.Events;
using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Watch.Sources;

namespace Fulcrum.App.Alarms;

/// <summary>The alarms of one detector over the series of one source.</summary>
/// <param name="Source">The source in words (the series source, or <c>store LOCATION</c>).</param>
/// <param name="Period">The period of the series scanned.</param>
/// <param name="Report">The alarms, in date order, with the runs behind them and the series skipped.</param>
/// <param name="Read">The series sources read (empty for a store dyad).</param>
public sealed record AlarmsOutcome(string Source, Period Period, AlarmReport Report, IReadOnlyList<SeriesFileRead> Read);

/// <summary>
/// Change detection on any series: Gaussian CUSUM, Poisson CUSUM or BOCPD over a series source, or
/// over a dyad series of the event store with the events behind each alarm.
/// </summary>
public sealed class AlarmsService(IEventStoreFactory stores)
{
    public async Task<Checked<AlarmsOutcome>> ScanAsync(AlarmsRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var detector = DetectorFactory.Create(request.Detector);
        if (detector.Value is not { } d) return Checked<AlarmsOutcome>.Failure(detector.Problems);
        var input = request.Dyad is { } dyad
            ? await FromStoreAsync(request, dyad, progress, cancellationToken).ConfigureAwait(false)
            : FromSource(request, progress);
        if (input.Value is not { } ok) return Checked<AlarmsOutcome>.Failure(input.Problems);
        using (ok)
        {
            var series = Periods(request, ok.Series);
            if (series.Value is not { } cut) return Checked<AlarmsOutcome>.Failure(series.Problems);
            var scan = new AlarmScanOptions { From = request.From, To = request.To };
            var report = await AlarmScan.RunAsync(cut, d, scan, ok.Evidence, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{d.Method} over {report.Runs.Count} series: {report.Alarms.Count} alarm{(report.Alarms.Count == 1 ? "" : "s")}");
            if (report.Runs.Count == 0)
                return Checked<AlarmsOutcome>.Failure([.. report.Skipped.Select(s => new Problem(ok.Source, 0, 0, s.Reason, s.Hint))]);
            return Checked<AlarmsOutcome>.Success(new AlarmsOutcome(ok.Source, cut[0].Period, report, ok.Read));
        }
    }

    private static Checked<AlarmsInput> FromSource(AlarmsRequest request, IProgress<string>? progress)
    {
        if (request.Dyad is null && request.Measure is not null)
            return Fail(Problem.About(Subjects.Measure, "{measure} is a setting of {dyad}", "give {dyad} A B, or drop {measure}"));
        if (string.IsNullOrEmpty(request.Series))
            return Fail(Problem.About(Subjects.Series, "no series given", "give {series} FILE, {series} builtin:gdelt-dyads, {series} unvotes:ISR-RUS or {dyad} ISR USA (the event store)"));
        var catalog = new SeriesCatalog(caseDirectory: null);
        var set = catalog.Open(request.Series, new SeriesSourceOptions { Gaps = request.Gaps, Polarity = request.Higher });
        if (set.Value is not { } ok) return Checked<AlarmsInput>.Failure(set.Problems);
        progress?.Report($"read {ok.Series.Count} series from {request.Series}");
        if (request.Names.Count == 0) return Checked<AlarmsInput>.Success(new AlarmsInput(request.Series, [.. ok.Series], null, null, catalog.Read));
        var problems = new List<Problem>();
        var chosen = new List<Series>();
        foreach (var name in request.Names)
        {
            if (ok.Find(name) is { } s) chosen.Add(s);
            else problems.Add(new Problem(ok.Source, 0, 0, $"there is no series '{name}'", Suggest(ok, name)));
        }
        return problems.Count > 0 ? Checked<AlarmsInput>.Failure(problems) : Checked<AlarmsInput>.Success(new AlarmsInput(request.Series, chosen, null, null, catalog.Read));
    }

    /// <summary>A store dyad: the store's series of the measure, by day or by ISO week, up to the last date.</summary>
    private async Task<Checked<AlarmsInput>> FromStoreAsync(AlarmsRequest request, DyadSeriesSpec dyad, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var clash = new (string Subject, bool Set, string Why)[]
        {
            (Subjects.Series, request.Series is not null, "{series} and {dyad} both name the series"),
            (Subjects.Name, request.Names.Count > 0, "{name} picks series of a {series} source; {dyad} gives one"),
            (Subjects.Gaps, request.Gaps is not null, "the store's series have every period: those without events are zero"),
            (Subjects.Aggregate, request.Aggregate is not null, "the store sums (or averages) weeks itself, by the measure"),
        };
        if (clash.Where(c => c.Set).Select(c => Problem.About(c.Subject, c.Why, $"drop {{{c.Subject}}}")).ToList() is { Count: > 0 } problems)
            return Checked<AlarmsInput>.Failure(problems);
        if (DyadMeasures.Parse(request.Measure ?? "goldstein_sum") is not { } measure)
            return Fail(Problem.About(Subjects.Measure, $"'{request.Measure}' is not a measure of a dyad series", $"use one of: {string.Join(", ", DyadMeasures.All.Select(m => m.Name()))}"));
        var query = new DyadQuery
        {
            ActorA = dyad.A.Trim().ToUpperInvariant(),
            ActorB = dyad.B.Trim().ToUpperInvariant(),
            By = request.By == Period.Week ? Period.Week : Period.Day,
            To = request.To,
        }.Canonical(); // USA ISR is the series ISR-USA, as dyad shows it
        if (query.Check() is { Count: > 0 } invalid) return Checked<AlarmsInput>.Failure(invalid);
        if (request.Store is not { } storeRef) return Fail(Problem.About(Subjects.Store, "no event store named", "give {store} with the store the events were ingested into"));
        var opened = await StoreOpener.OpenAsync(stores, storeRef.Location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { Store: { } store } holder) return Checked<AlarmsInput>.Failure(opened.Problems);
        try
        {
            var (series, events) = await StoreSeries.LoadAsync(store, query, measure, cancellationToken).ConfigureAwait(false);
            if (request.Higher is { } higher) series = series.WithPolarity(higher);
            if (events == 0)
            {
                // A typo in a code is the likeliest reason: say which code, and what was meant.
                var typos = await EventQueryService.ActorWarningsAsync(store, [query.ActorA, query.ActorB], Subjects.Dyad, cancellationToken).ConfigureAwait(false);
                holder.Dispose();
                return Fail(new Problem(store.Location, 0, 0,
                    $"the store holds no {query.ActorA}-{query.ActorB} events{(query.To is { } to ? $" up to {to:yyyy-MM-dd}" : "")}" + string.Concat(typos.Select(t => "; " + t.Message)),
                    typos.Count > 0 ? string.Join("; ", typos.Select(t => t.Hint)) : "check the codes (fulcrum dyad A B shows the series), or ingest more files"));
            }
            progress?.Report($"read {series.Name} from {store.Location}: {series.Count} {series.Period.Noun()}s");
            return Checked<AlarmsInput>.Success(new AlarmsInput($"store {store.Location}", [series], new StoreEvidence(store, query), holder, []));
        }
        catch
        {
            holder.Dispose();
            throw;
        }
    }

    /// <summary>A daily series by week (summed, or averaged), or a check that the series already have the period asked for.</summary>
    private static Checked<List<Series>> Periods(AlarmsRequest request, IReadOnlyList<Series> series)
    {
        if (request.By is not { } wanted || series.Count == 0 || request.Dyad is not null) return Checked<List<Series>>.Success([.. series]);
        var period = series[0].Period;
        if (period == wanted) return Checked<List<Series>>.Success([.. series]);
        if (period != Period.Day || wanted != Period.Week)
            return Checked<List<Series>>.Failure([Problem.About(Subjects.Period, $"the series are {period.Adjective()}; {{period}} {wanted.Noun()} needs {(wanted == Period.Week ? "daily or weekly" : "daily")} series",
                "drop {period} to run on the series as they are")]);
        var aggregate = request.Aggregate ?? WeekAggregate.Sum;
        return Checked<List<Series>>.Success([.. series.Select(s => s.ToWeekly(aggregate))]);
    }

    private static Checked<AlarmsInput> Fail(Problem problem) => Checked<AlarmsInput>.Failure([problem]);

    private static string Suggest(SeriesSet set, string name)
    {
        var parts = name.Split('-', ' ');
        var close = set.Series.Select(s => s.Name).Where(n => parts.Any(p => p.Length >= 3 && n.Contains(p, StringComparison.OrdinalIgnoreCase))).Take(8).ToList();
        return close.Count > 0 ? $"series with a similar name: {string.Join(", ", close)}" : $"the source has {set.Series.Count} series, e.g. {string.Join(", ", set.Series.Take(5).Select(s => s.Name))}";
    }

    /// <summary>What a scan runs on: the series, where their events come from, what to close after, and what was read.</summary>
    private sealed record AlarmsInput(string Source, IReadOnlyList<Series> Series, IEvidenceSource? Evidence, IDisposable? Owner, IReadOnlyList<SeriesFileRead> Read) : IDisposable
    {
        public void Dispose() => Owner?.Dispose();
    }
}
