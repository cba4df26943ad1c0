using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The memory an appraisal takes, from what the engine keeps (see <see cref="DrawStore"/>): per
/// draw, the scenario (1 byte), each factor's level and each interest's effect bin (1 byte each),
/// each factor's uniform when some factor's probabilities are per option (4 bytes), each interest's weight and their sum (8 bytes each), each option's utility and breach mask
/// (8 + 8), each draw's best utility (8), and one utility column of 8 bytes per core while the
/// measures are taken; with the sensitivities, each option's value on each interest (4 bytes), each
/// interest's weight again by interest for the weight curves (8 per interest), and 8; once per case, the rank tables
/// (16 bytes per option squared and per option and interest) and the sampler index tables (4 bytes
/// per scenario, level combination, option and interest or power).
/// </summary>
internal static class AppraisalMemory
{
    /// <summary>What an appraisal of <paramref name="c"/> with <paramref name="options"/> needs, in bytes.</summary>
    public static double Bytes(Case c, AppraisalOptions options)
    {
        var (perDraw, fixedBytes) = Parts(c, options);
        return fixedBytes + perDraw * options.Draws;
    }

    /// <summary>A problem when the appraisal would pass <see cref="AppraisalOptions.MemoryBudgetBytes"/>, else null.</summary>
    public static Problem? Check(Case c, AppraisalOptions options)
    {
        var (perDraw, fixedBytes) = Parts(c, options);
        var need = fixedBytes + perDraw * options.Draws;
        if (need <= AppraisalOptions.MemoryBudgetBytes) return null;
        var fit = Math.Floor((AppraisalOptions.MemoryBudgetBytes - fixedBytes) / perDraw);
        var hint = fit >= AppraisalOptions.MinDraws
            ? string.Create(CultureInfo.InvariantCulture, $"use fewer draws: at most {fit:N0} fit")
            : $"even {AppraisalOptions.MinDraws} draws do not fit: appraise fewer options or interests";
        return Problem.About(Subjects.Draws, string.Create(CultureInfo.InvariantCulture,
            $"this case would need {need / 1e9:0.0} GB for {Count(c.Options.Count, "option")} × {Count(c.Interests.Count, "interest")} × {Count(options.Draws, "draw")}; the limit is {AppraisalOptions.MemoryBudgetBytes / 1e9:0.#} GB"),
            hint);
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");

    private static (double PerDraw, double Fixed) Parts(Case c, AppraisalOptions options)
    {
        double o = c.Options.Count, i = c.Interests.Count, f = c.Factors.Count, p = c.Powers.Count, s = c.Scenarios.Count;
        var cores = Math.Min(o, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var combinations = c.Factors.Aggregate(1.0, (n, x) => n * Math.Max(1, x.Levels.Count));
        var perDraw = 1 + f + i + 8 * i + 8 + 16 * o + 8 + 8 * cores;
        if (c.Factors.Any(x => x.ByOption is not null)) perDraw += 4 * f;
        if (options.Sensitivity) perDraw += 4 * o * i + 8 * i + 8;
        var fixedBytes = 16 * o * o + 16 * o * i + 4 * s * combinations * o * (i + p);
        return (perDraw, fixedBytes);
    }
}
