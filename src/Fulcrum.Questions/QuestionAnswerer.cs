using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;
using Fulcrum.Questions.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions;

/// <summary>
/// Answers a case's questions (docs/case-format.md#questions): for every option, each question's
/// actor table with the option's shifts applied is run <see cref="Question.Runs"/> times by its
/// bargaining model on seeded perturbations (the rules of <c>bargain --runs --perturb</c>), and the
/// spread of the forecasts becomes the option's level probabilities of the question's factor (the
/// share of runs whose forecast falls in each level's range) or its effect distribution on the
/// question's interest (each run's forecast mapped, each run equally likely). Run i draws from
/// stream i of the question's seed under every option, so options differ by their shifts, not by
/// sampling noise; options whose tables are the same share one batch of runs. Deterministic: the
/// same case and seed give the same answers on any number of cores, with or without the cache.
/// </summary>
public static class QuestionAnswerer
{
    /// <summary>The answered case, or every problem that kept a question from being answered.</summary>
    public static Checked<AnsweredCase> Answer(Case c, QuestionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        settings ??= new QuestionSettings();
        if (c.Questions.Count == 0) return Checked<AnsweredCase>.Success(new AnsweredCase(c, [], 0, 0));
        var caseName = settings.CaseName ?? c.Id;
        var problems = new List<Problem>();

        // Every question's tables under every option, and the batches of runs they need (one per distinct table).
        var plans = new List<(QuestionTable Table, QuestionStudy[] Studies)>();
        var batches = new Dictionary<string, QuestionStudy>(StringComparer.Ordinal);
        foreach (var q in c.Questions)
        {
            var table = QuestionTable.Of(q, settings.Folder, caseName);
            if (table.Value is not { } t) { problems.AddRange(table.Problems); continue; }
            var shifted = c.Options.Select(o => t.Under(o, caseName)).ToList();
            problems.AddRange(shifted.SelectMany(x => x.Problems));
            if (shifted.Any(x => x.Value is null)) continue;
            var tables = shifted.Select(x => x.Value!).ToList();
            var bounds = Bounds([t.Table, .. tables]);
            var spec = new PerturbationSpec(q.Perturb.Position, q.Perturb.Salience, q.Perturb.Capability);
            var studies = tables.Select((x, o) => new QuestionStudy(t.Model, t.ModelKey, x, q.Runs, spec, bounds, t.Seed)
            {
                Label = $"question '{q.Id}' under option '{c.Options[o].Id}'",
            }).ToArray();
            foreach (var s in studies) batches.TryAdd(s.Key, s);
            plans.Add((t, studies));
        }
        problems.AddRange(UnknownShifts(c, plans.Select(p => p.Table.Table).ToList(), caseName));
        if (problems.Count > 0) return Checked<AnsweredCase>.Failure(problems);

        var runs = new Dictionary<string, QuestionRuns>(StringComparer.Ordinal);
        var missing = new List<QuestionStudy>();
        foreach (var (key, study) in batches)
        {
            if (settings.Cache?.Find(key) is { } found && Fits(found, study)) runs[key] = found;
            else missing.Add(study);
        }
        var made = missing.Sum(s => s.Runs);
        if (missing.Count > 0)
            settings.Progress?.Report($"questions: {made:N0} bargaining runs on {missing.Count} table{(missing.Count == 1 ? "" : "s")}" +
                (runs.Count > 0 ? $" ({runs.Values.Sum(r => r.Forecasts.Count + r.Refused):N0} more found in the cache)" : "") + " ...");
        foreach (var study in missing)
        {
            var result = study.Run(study.Label, caseName, settings.MaxDegreeOfParallelism);
            if (result.Value is not { } r) { problems.AddRange(result.Problems); continue; }
            runs[study.Key] = r;
            settings.Cache?.Keep(study.Key, r);
        }
        if (problems.Count > 0) return Checked<AnsweredCase>.Failure(problems);

        var answers = new List<QuestionAnswer>();
        var answered = c;
        foreach (var (table, studies) in plans)
        {
            var q = table.Question;
            var options = new List<OptionAnswer>();
            for (var o = 0; o < c.Options.Count; o++)
            {
                var answer = AnswerMapping.For(q, c.Options[o].Id, runs[studies[o].Key], caseName);
                if (answer.Value is { } a) options.Add(a);
                else problems.AddRange(answer.Problems);
            }
            if (options.Count < c.Options.Count) continue;
            var qa = new QuestionAnswer(q.Id, q.Name, q.Model, q.Runs, table.Seed, q.MapsTo, options);
            answers.Add(qa);
            answered = AnswerMapping.Apply(answered, qa, [.. studies.Select(s => runs[s.Key])]);
        }
        if (problems.Count > 0) return Checked<AnsweredCase>.Failure(problems);
        var total = batches.Values.Sum(s => s.Runs);
        return Checked<AnsweredCase>.Success(new AnsweredCase(answered, answers, made, total - made));
    }

    /// <summary>
    /// Where perturbed positions are kept, the same for every option: [0, 100] when every position of
    /// the question (as written and under every option) lies in it — KTAB's scale — else their span.
    /// </summary>
    private static PositionBounds Bounds(IReadOnlyList<ActorTable> tables)
    {
        var positions = tables.SelectMany(t => t.Actors.Select(a => a.Positions[0])).ToList();
        var (min, max) = (positions.Min(), positions.Max());
        return min >= 0 && max <= 100 ? new PositionBounds(0, 100) : new PositionBounds(min, max);
    }

    /// <summary>A kept batch is used only when it holds as many runs as asked (a damaged cache entry is made again).</summary>
    private static bool Fits(QuestionRuns r, QuestionStudy s) =>
        r.Forecasts.Count + r.Refused == s.Runs && r.Forecasts.Count > 0 && r.Forecasts.All(double.IsFinite) && double.IsFinite(r.Unperturbed);

    /// <summary>A shift naming an actor of no question's table (one read from a file is known only now).</summary>
    private static IEnumerable<Problem> UnknownShifts(Case c, IReadOnlyList<ActorTable> tables, string caseName)
    {
        var names = tables.SelectMany(t => t.Actors.Select(a => a.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var o in c.Options)
            foreach (var actor in o.Shifts.Keys.Where(a => !names.Contains(a)))
                yield return new Problem(caseName, 0, 0, $"option '{o.Id}' shifts '{actor}', who is not an actor of any question",
                    $"the questions' actors are: {string.Join(", ", names.Take(20))}");
    }
}
