using Fulcrum.App;
using Fulcrum.App.Balance;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Decision;
using Fulcrum.Events.Dyads;
using Fulcrum.Watch.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fulcrum.Web.Api;

/// <summary>
/// Every view under <c>/api</c>, each returning the contract record of the CLI command of the same
/// name (the same field names), with query parameters named as the domain names them: <c>as_of</c>,
/// <c>draws</c>, <c>seed</c>, <c>from</c>, <c>to</c>, … The server's case and store are fixed at start.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/case", (FulcrumServices s, FulcrumWebOptions o) => CaseCheck(s, o))
            .WithSummary("The case served, checked: its counts and any problems (case check)").Produces<CaseCheckContract>();
        api.MapGet("/examine", Examine)
            .WithSummary("Appraise the options and recommend one (examine); as_of, draws, seed, priors, scenario_probabilities (id=p,…), weights (interest=w,…), sensitivity").Produces<ExamineContract>();
        api.MapGet("/signposts", Signposts)
            .WithSummary("The signposts as of a date, prior to posterior (signposts); as_of").Produces<SignpostsContract>();
        api.MapGet("/balance", Balance)
            .WithSummary("The balance sheet: each power's fast and slow relation, the bands and the tilt (balance); as_of, by").Produces<BalanceContract>();
        api.MapGet("/dyad/{a}/{b}", Dyad)
            .WithSummary("A dyad's event series from the store (dyad); by, from, to, directed; periods paged by offset and limit").Produces<DyadContract>();
        api.MapGet("/journal", Journal)
            .WithSummary("The journal's entries (journal); case, since; paged by offset and limit").Produces<JournalContract>();
        api.MapGet("/journal/verify", JournalVerify)
            .WithSummary("Check the journal's hash chain (journal verify)").Produces<JournalVerifyContract>();
        api.MapGet("/journal/score", JournalScore)
            .WithSummary("Brier and log scores of the journal's forecasts against recorded outcomes (journal score)").Produces<JournalScoreContract>();
        api.MapGet("/journal/{id:long}", JournalShow)
            .WithSummary("One journal entry (journal show)").Produces<JournalEntryContract>();
        api.MapGet("/journal/{first:long}/diff/{second:long}", JournalDiff)
            .WithSummary("What changed between two entries (journal diff)").Produces<JournalDiffContract>();
        DashboardEndpoints.Map(api);
    }

    private static IResult CaseCheck(FulcrumServices s, FulcrumWebOptions o) =>
        ApiResults.Of(s.Cases.Load(o.Case), loaded => CaseCheckContract.Of(loaded.Case, o.Case.Origin));

    private static async Task<IResult> Examine(HttpRequest http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http);
        var scope = Scope(q, o);
        var given = q.Text(Subjects.ScenarioProbabilities);
        var priors = q.Flag("priors");
        var request = new ExamineRequest(scope)
        {
            Probabilities = given is not null ? ProbabilityChoice.Given : priors ? ProbabilityChoice.Priors : ProbabilityChoice.Signposts,
            Given = given,
            Draws = (int)(q.Integer(Subjects.Draws, AppraisalOptions.MinDraws, AppraisalOptions.MaxDraws) ?? AppraisalOptions.DefaultDraws),
            Seed = (ulong)(q.Integer(Subjects.Seed, 0, long.MaxValue) ?? (long)AppraisalOptions.DefaultSeed),
            Weights = q.Text(InterestWeightText.Subject),
            Sensitivity = q.Text("sensitivity") is null || q.Flag("sensitivity"),
        };
        if (given is not null && priors) q.Add(Problem.About(Subjects.ScenarioProbabilities, "probabilities given, and also asked for the priors", "give one of them"));
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        return ApiResults.Of(await s.Examine.ExamineAsync(request, null, cancellationToken).ConfigureAwait(false), ExamineContract.Of);
    }

    private static async Task<IResult> Signposts(HttpRequest http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http);
        var scope = Scope(q, o);
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        return ApiResults.Of(await s.Signposts.EvaluateAsync(scope, cancellationToken).ConfigureAwait(false), SignpostsContract.Of);
    }

    private static async Task<IResult> Balance(HttpRequest http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http);
        var scope = Scope(q, o);
        var by = PeriodOf(q);
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        return ApiResults.Of(await s.Balance.DrawAsync(new BalanceRequest(scope, by), cancellationToken).ConfigureAwait(false), BalanceContract.Of);
    }

    private static async Task<IResult> Dyad(string a, string b, HttpContext http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http.Request);
        var query = new DyadQuery
        {
            ActorA = a.Trim().ToUpperInvariant(),
            ActorB = b.Trim().ToUpperInvariant(),
            Directed = q.Flag("directed"),
            By = PeriodOf(q) ?? Period.Week,
            From = q.Date(Subjects.From),
            To = q.Date(Subjects.To),
        };
        var paging = Paging.From(q);
        if (o.Store is null) q.Add(NoStore());
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        var series = await s.Events.DyadAsync(o.Store!.Location, query, cancellationToken).ConfigureAwait(false);
        return ApiResults.Of(series, x =>
        {
            var contract = DyadContract.Of(x);
            return contract with { Periods = paging.Page(contract.Periods, http) };
        });
    }

    private static async Task<IResult> Journal(HttpContext http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var q = new QueryArgs(http.Request);
        var since = q.Date("since");
        var caseId = q.Text(Subjects.Case);
        var paging = Paging.From(q);
        if (o.Store is null) q.Add(NoStore());
        if (q.Problems.Count > 0) return ApiResults.Problems(q.Problems);
        var entries = await s.Journal.ListAsync(o.Store!.Location, caseId is null ? null : s.Journal.CaseId(caseId), since, cancellationToken).ConfigureAwait(false);
        return ApiResults.Of(entries, list => JournalContract.Of(o.Store.Location, paging.Page(list, http)));
    }

    private static async Task<IResult> JournalShow(long id, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken) =>
        o.Store is null ? ApiResults.Problems([NoStore()])
            : ApiResults.Of(await s.Journal.ShowAsync(o.Store.Location, id, cancellationToken).ConfigureAwait(false), JournalEntryContract.Of);

    private static async Task<IResult> JournalDiff(long first, long second, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken) =>
        o.Store is null ? ApiResults.Problems([NoStore()])
            : ApiResults.Of(await s.Journal.DiffAsync(o.Store.Location, first, second, cancellationToken).ConfigureAwait(false), JournalDiffContract.Of);

    private static async Task<IResult> JournalVerify(FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken) =>
        o.Store is null ? ApiResults.Problems([NoStore()])
            : ApiResults.Of(await s.Journal.VerifyAsync(o.Store.Location, cancellationToken).ConfigureAwait(false),
                v => new JournalVerifyContract(o.Store.Location, v.Records, v.Intact, v.FirstBad, v.Reason, v.Head));

    private static async Task<IResult> JournalScore(HttpRequest http, FulcrumServices s, FulcrumWebOptions o, CancellationToken cancellationToken)
    {
        var caseId = new QueryArgs(http).Text(Subjects.Case);
        if (o.Store is null) return ApiResults.Problems([NoStore()]);
        var scores = await s.Journal.ScoreAsync(o.Store.Location, caseId is null ? null : s.Journal.CaseId(caseId), cancellationToken).ConfigureAwait(false);
        return ApiResults.Of(scores, x => JournalScoreContract.Of(o.Store.Location, x));
    }

    /// <summary>The served case and store, as of the date asked (default the case's own), with any <c>source=NAME=FILE</c> bindings.</summary>
    internal static CaseScope Scope(QueryArgs q, FulcrumWebOptions o)
    {
        var bindings = new List<SourceBinding>();
        foreach (var text in q.List(Subjects.Source))
        {
            var binding = SourceBinding.Parse(text);
            if (binding.Value is { } b) bindings.Add(b);
            else foreach (var p in binding.Problems) q.Add(p);
        }
        return new CaseScope(o.Case, o.Store, q.Date(Subjects.AsOf)) { Sources = bindings };
    }

    internal static Period? PeriodOf(QueryArgs q)
    {
        if (q.Text("by") is not { } text) return null;
        if (PeriodCalendar.Parse(text) is { } period) return period;
        q.Add(Problem.About(Subjects.Period, $"'{text}' is not a period", "give by=day, week, month or year"));
        return null;
    }

    internal static Problem NoStore() =>
        Problem.About(Subjects.Store, "the server was started without an event store", "start the server with an event store to read events and the journal");
}
