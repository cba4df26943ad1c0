using System.Globalization;
using System.Text.Json;
using Fulcrum.App;
using Fulcrum.App.Alarms;
using Fulcrum.App.Contracts;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Web.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Fulcrum.Web.Api;

/// <summary>
/// The views the dashboard needs beyond the CLI's commands' own: what the sliders move (the case's
/// inputs), a dyad's alarms and the events behind one point of its series, and the stream of
/// journal entries the loop writes (server-sent events).
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>Events behind one point: at most this many a page.</summary>
    public const int MaxEvents = 200;

    /// <summary>How often an open stream says it is alive (so proxies and the browser keep it).</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/case/inputs", CaseInputs)
            .WithSummary("What the sliders move: the scenarios with their priors, the interests with their weights, the options").Produces<CaseInputsContract>();
        api.MapGet("/dyad/{a}/{b}/alarms", Alarms)
            .WithSummary("A dyad's alarms from the store (alarms --dyad); measure, by (day or week), method, from, to; alarms paged by offset and limit").Produces<AlarmsContract>();
        api.MapGet("/dyad/{a}/{b}/events", Events)
            .WithSummary("The events behind one point of a dyad series: from, to (the period), directed; most mentioned first, paged by offset and limit (at most 200)").Produces<DyadEventsContract>();
        api.MapGet("/updates", Updates)
            .WithSummary("Server-sent events: 'journal' with {id, as_of, recommendation} each time the loop (serve --watch) writes an entry").Produces(200, contentType: "text/event-stream");
    }

    private static IResult CaseInputs(FulcrumServices s, FulcrumWebOptions o) =>
        ApiResults.Of(s.Cases.Load(o.Case), loaded => CaseInputsContract.Of(loaded.Case));

    private static async Task<IResult> Alarms(string a, string b, HttpContext http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http.Request);
        var by = ApiEndpoints.PeriodOf(q);
        if (by is not (null or Period.Day or Period.Week)) q.Add(Problem.About(Subjects.Period, $"alarms run on daily or weekly series, not by {by.Value.Noun()}", "give by=day or by=week"));
        var request = new AlarmsRequest
        {
            Dyad = new DyadSeriesSpec(a, b),
            Measure = q.Text(Subjects.Measure),
            Store = o.Store,
            By = by ?? Period.Week,
            Detector = new DetectorSettings { Method = q.Text(Subjects.Method) ?? Detection.Cusum.GaussianCusum.MethodName },
            From = q.Date(Subjects.From),
            To = q.Date(Subjects.To),
        };
        var paging = Paging.From(q);
        if (o.Store is null) q.Add(ApiEndpoints.NoStore());
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        var outcome = await s.Alarms.ScanAsync(request, null, cancellationToken).ConfigureAwait(false);
        return ApiResults.Of(outcome, x =>
        {
            var contract = AlarmsContract.Of(x);
            return contract with { Alarms = paging.Page(contract.Alarms, http) };
        });
    }

    private static async Task<IResult> Events(string a, string b, HttpContext http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http.Request);
        var from = q.Date(Subjects.From);
        var to = q.Date(Subjects.To);
        if (q.Text(Subjects.From) is null) q.Add(Problem.About(Subjects.From, "no first day given", "give from=YYYY-MM-DD, the period's first day"));
        if (q.Text(Subjects.To) is null) q.Add(Problem.About(Subjects.To, "no last day given", "give to=YYYY-MM-DD, the period's last day"));
        var offset = (int)(q.Integer("offset", 0, 10_000) ?? 0);
        var limit = (int)(q.Integer(Subjects.Limit, 1, MaxEvents) ?? 50);
        var dyad = new DyadQuery { ActorA = a.Trim().ToUpperInvariant(), ActorB = b.Trim().ToUpperInvariant(), Directed = q.Flag("directed") };
        if (o.Store is null) q.Add(ApiEndpoints.NoStore());
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        // The store pages from the top (most mentioned first): ask for offset + limit and skip the offset.
        var query = new EvidenceQuery(dyad, from!.Value, to!.Value, offset + limit);
        var page = await s.Events.EventsAsync(o.Store!.Location, query, cancellationToken).ConfigureAwait(false);
        return ApiResults.Of(page, p =>
        {
            http.Response.Headers["X-Total-Count"] = p.Total.ToString(CultureInfo.InvariantCulture);
            return DyadEventsContract.Of(query, p, offset);
        });
    }

    /// <summary>The stream: a comment at once (so the page knows it is connected), then one event per entry written, and a comment every <see cref="KeepAlive"/>.</summary>
    private static async Task Updates(HttpContext http, JournalUpdates updates, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var reader = updates.Subscribe(cancellationToken);
        await http.Response.WriteAsync("retry: 3000\n: connected\n\n", cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                tick.CancelAfter(KeepAlive);
                string text;
                try
                {
                    var notice = await reader.ReadAsync(tick.Token).ConfigureAwait(false);
                    text = $"event: journal\ndata: {JsonSerializer.Serialize(notice, json.Value.SerializerOptions).ReplaceLineEndings("")}\n\n";
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    text = ": alive\n\n";
                }
                await http.Response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed the stream.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The server is stopping.
        }
    }
}
