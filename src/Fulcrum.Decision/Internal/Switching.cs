using System.Globalization;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Switching values: for each weight, scenario probability and tolerance limit, and each direction
/// away from the base, the first value at which the rule's choice changes (against every other
/// option, and through admissibility as well as expected utility). The domain is scanned outward
/// from the base in cells at most 1/<see cref="ScanCells"/> of the domain wide (weights on t = w / (w + M), M the sum of
/// weight midpoints), and the first cell whose choice differs is refined: a weight's by interpolating its
/// margin (<see cref="MarginBracket"/>), a probability's or a limit's by <see cref="Bisections"/>
/// bisections. A weight's points are evaluated several at a time in one pass over the draws
/// (<see cref="RuleCurves.AtWeights"/>): the scan's next <see cref="ScanBatch"/> cells, and each
/// refinement's four points.
/// </summary>
internal static class Switching
{
    private const int ScanCells = 48;
    private const int Bisections = 30;
    private const int ScanBatch = 8;

    public static List<SwitchingValue> Values(CompiledCase m, RuleCurves curves, int a, AppraisalOptions options, List<string> notes)
    {
        var c = m.Case;
        var ids = c.Options.Select(o => o.Id).ToArray();
        var names = c.Options.Select(o => o.Name).ToArray();
        var scale = m.WeightScale > 0 ? m.WeightScale : 1;
        var weights = new List<SwitchingValue>[m.I];
        Parallel.For(0, m.I, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 }, i =>
        {
            var k = i;
            var w = c.Interests[i].Weight;
            var (low, high, source) = Tornado.WeightRange(w, options.PointSwing);
            double FromT(double t) => t >= 1 ? double.PositiveInfinity : scale * t / (1 - t);
            var spec = new Spec(Tornado.WeightName(c.Interests[i].Id), ParameterKind.Weight, c.Interests[i].Id, w.Mid, low, high, source);
            weights[i] = Directions(spec, t => curves.AtWeight(k, FromT(t)), ts => curves.AtWeights(k, Array.ConvertAll(ts, FromT)),
                w.Mid / (w.Mid + scale), 0, 1, FromT, a, ids, names, x => Tornado.Share(m, k, x), Tornado.Share(m, k, w.Mid));
        });
        var list = weights.SelectMany(x => x).ToList();
        foreach (var v in list.Where(v => v.OptionA != ids[a]).Select(v => v.Parameter).Distinct())
            notes.Add($"{v}: held at its base in every draw, it already makes {list.First(x => x.Parameter == v).OptionA} the choice (with the weights sampled across their ranges the choice is {ids[a]}); its switching values start from there.");
        for (var s = 0; s < m.S; s++)
        {
            var scenario = c.Scenarios[s];
            var k = s;
            if (curves.AtScenarioProbability(k, 0) is null || curves.AtScenarioProbability(k, 1) is null)
            {
                notes.Add($"switching value of {Tornado.ProbabilityName(scenario.Id)}: not evaluated - a scenario it would give weight to has no draws (probability 0).");
                continue;
            }
            var (low, high, source) = Tornado.ProbabilityRange(scenario, m.Probabilities[s], options.PointSwing);
            var spec = new Spec(Tornado.ProbabilityName(scenario.Id), ParameterKind.ScenarioProbability, scenario.Id, m.Probabilities[s], low, high, source);
            list.AddRange(Directions(spec, x => curves.AtScenarioProbability(k, x)!, null, m.Probabilities[s], 0, 1, x => x, a, ids, names, null, null));
        }
        for (var t = 0; t < m.T; t++)
        {
            var tolerance = c.Tolerances[t];
            var k = t;
            var (low, high, source) = Tornado.LimitRange(tolerance.MaxBreachProbability, options.PointSwing);
            var spec = new Spec(Tornado.LimitName(tolerance.Id), ParameterKind.ToleranceLimit, tolerance.Id, tolerance.MaxBreachProbability, low, high, source);
            list.AddRange(Directions(spec, x => curves.AtLimit(k, x), null, tolerance.MaxBreachProbability, 0, 1, x => x, a, ids, names, null, null));
        }
        return list;
    }

    private sealed record Spec(string Parameter, ParameterKind Kind, string Id, double Base, double Low, double High, string Source);

    /// <summary>
    /// The first change of choice rising from the base and falling from it; one "none" when there is
    /// neither. <paramref name="atMany"/> evaluates several points at once (null: one at a time, the
    /// cheap parameters, where evaluating ahead would gain nothing). Each direction is scanned in
    /// equal cells at most 1/<see cref="ScanCells"/> of the domain wide, so the side of the base with
    /// less room gets fewer cells rather than finer ones; the base itself is evaluated with the first cells.
    /// </summary>
    private static List<SwitchingValue> Directions(Spec spec, Func<double, RuleCurves.Point> at, Func<double[], RuleCurves.Point[]>? atMany,
        double start, double lo, double hi, Func<double, double> toValue, int a, string[] ids, string[] names, Func<double, double>? share, double? baseShare)
    {
        var refines = atMany is not null;
        var batch = refines ? ScanBatch : 1;
        atMany ??= xs => Array.ConvertAll(xs, x => at(x));
        // The parameter held at its base in every draw can already tip the choice (a weight fixed at
        // its midpoint is not the weights sampled across their range): each scan starts from the
        // choice at the base, so the base is cell 0 of the first direction scanned.
        RuleCurves.Point? basePoint = null;
        var found = new List<SwitchingValue>();
        foreach (var rises in new[] { true, false })
        {
            var end = rises ? hi : lo;
            if (end == start) continue;
            var cellCount = Math.Max(1, (int)Math.Ceiling(ScanCells * Math.Abs(end - start) / (hi - lo) - 1e-9));
            var (previous, previousPoint) = (start, basePoint);
            RuleCurves.Point? changed = null;
            var changedAt = 0.0;
            for (var first = basePoint is null ? 0 : 1; first <= cellCount && changed is null; first += batch)
            {
                var cells = new double[Math.Min(batch, cellCount - first + 1)];
                for (var i = 0; i < cells.Length; i++) cells[i] = first + i == cellCount ? end : start + (end - start) * (first + i) / cellCount;
                var points = atMany(cells);
                for (var i = 0; i < cells.Length; i++)
                {
                    if (first + i == 0) { (basePoint, previousPoint) = (points[i], points[i]); a = points[i].Choice; continue; }
                    if (points[i].Choice == a) { (previous, previousPoint) = (cells[i], points[i]); continue; }
                    (changed, changedAt) = (points[i], cells[i]);
                    break;
                }
            }
            if (changed is null) continue;
            var (inside, outside, point) = refines
                ? MarginBracket.Refine(previous, previousPoint!, changedAt, changed, a, atMany)
                : Bisect(previous, changedAt, changed, a, at);
            found.Add(Make(spec, toValue((inside + outside) / 2), rises, a, point.Choice, Cause(basePoint!, point, a), ids, names, share, baseShare));
        }
        if (found.Count > 0) return found;
        a = (basePoint ?? at(start)).Choice;
        return [new(spec.Parameter, spec.Kind, spec.Id, ids[a], null, null, spec.Base, spec.Low, spec.High, false,
            $"none in range: {names[a]} stays the choice for any {Domain(spec.Kind)}", spec.Source, null, null, null, baseShare)];
    }

    /// <summary>
    /// Halves the bracket <see cref="Bisections"/> times: for a probability or a limit, where a point
    /// costs no pass over the draws and a limit's change of choice is a step, not a root.
    /// </summary>
    private static (double Inside, double Outside, RuleCurves.Point Point) Bisect(double inside, double outside, RuleCurves.Point point, int a, Func<double, RuleCurves.Point> at)
    {
        for (var step = 0; step < Bisections; step++)
        {
            var mid = (inside + outside) / 2;
            var p = at(mid);
            if (p.Choice == a) inside = mid;
            else (outside, point) = (mid, p);
        }
        return (inside, outside, point);
    }

    private static string Cause(RuleCurves.Point basePoint, RuleCurves.Point point, int a) =>
        !point.Admissible[a] ? "becomes_inadmissible" : !basePoint.Admissible[point.Choice] ? "becomes_admissible" : "overtakes";

    private static SwitchingValue Make(Spec spec, double value, bool rises, int a, int b, string cause, string[] ids, string[] names,
        Func<double, double>? share, double? baseShare)
    {
        var within = value >= spec.Low && value <= spec.High;
        var direction = rises ? "rises above" : "falls below";
        var range = $"{(within ? "inside" : "outside")} the range {F(spec.Low)}-{F(spec.High)} ({spec.Source})";
        double? s = share?.Invoke(value);
        var what = spec.Kind switch
        {
            ParameterKind.Weight => $"the share of {spec.Id} in the weights {direction} {F(s!.Value)} (a weight of {F(value)} in the case's units, the others at their midpoints; base share {F(baseShare!.Value)})",
            ParameterKind.ToleranceLimit => $"the accepted breach probability of '{spec.Id}' {direction} {F(value)}",
            _ => $"{spec.Parameter} {direction} {F(value)}",
        };
        var statement = cause switch
        {
            "becomes_inadmissible" => $"{names[a]} leaves its tolerances if {what} ({range}); {names[b]} is then chosen",
            "becomes_admissible" => $"{names[b]} comes within its tolerances and is chosen over {names[a]} if {what} ({range})",
            _ => $"{names[b]} overtakes {names[a]} if {what} ({range})",
        };
        return new(spec.Parameter, spec.Kind, spec.Id, ids[a], ids[b], value, spec.Base, spec.Low, spec.High, within, statement,
            spec.Source, rises, cause, s, baseShare);
    }

    private static string Domain(ParameterKind kind) => kind switch
    {
        ParameterKind.Weight => "weight",
        ParameterKind.ToleranceLimit => "accepted breach probability from 0 to 1",
        _ => "probability from 0 to 1",
    };

    private static string F(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
