using System.CommandLine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Detection;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>Builds the detector from --method and its settings, refusing settings that belong to another method.</summary>
public static class AlarmsDetector
{
    public static IChangeDetector Create(CommandContext context, AlarmsOptions o)
    {
        var method = context.Value(o.Method) ?? GaussianCusum.MethodName;
        var problems = new List<Problem>();
        var owners = new (Option Option, bool Set, string[] Methods)[]
        {
            (o.K, context.Value(o.K) is not null, [GaussianCusum.MethodName]),
            (o.H, context.Value(o.H) is not null, [GaussianCusum.MethodName, PoissonCusum.MethodName]),
            (o.Shift, context.Value(o.Shift) is not null, [PoissonCusum.MethodName]),
            (o.PurePoisson, context.Value(o.PurePoisson), [PoissonCusum.MethodName]),
            (o.Model, context.Value(o.Model) is not null, [Bocpd.MethodName]),
            (o.RunLength, context.Value(o.RunLength) is not null, [Bocpd.MethodName]),
            (o.Probability, context.Value(o.Probability) is not null, [Bocpd.MethodName]),
            (o.Lookback, context.Value(o.Lookback) is not null, [Bocpd.MethodName]),
        };
        foreach (var (option, set, methods) in owners.Where(x => x.Set && !x.Methods.Contains(method)))
            problems.Add(new Problem("", 0, 0, $"{option.Name} is a setting of {string.Join(" and ", methods)}, not of {method}", $"drop {option.Name}, or use --method {methods[0]}"));
        if (problems.Count > 0) throw new InputException(problems);

        var baseline = context.Value(o.Baseline);
        var (detector, settingProblems) = method switch
        {
            PoissonCusum.MethodName => Make(new PoissonCusumOptions
            {
                BaselineWindow = baseline,
                Shift = context.Value(o.Shift) ?? PoissonCusumOptions.Default.Shift,
                Threshold = context.Value(o.H) ?? PoissonCusumOptions.Default.Threshold,
                EstimateOverdispersion = !context.Value(o.PurePoisson),
            }, x => x.Check(), x => new PoissonCusum(x)),
            Bocpd.MethodName => Make(new BocpdOptions
            {
                BaselineWindow = baseline,
                Model = context.Value(o.Model) == "poisson" ? BocpdModel.Poisson : BocpdModel.Normal,
                ExpectedRunLength = context.Value(o.RunLength) ?? BocpdOptions.Default.ExpectedRunLength,
                Probability = context.Value(o.Probability) ?? BocpdOptions.Default.Probability,
                Lookback = context.Value(o.Lookback),
            }, x => x.Check(), x => new Bocpd(x)),
            _ => Make(new GaussianCusumOptions
            {
                BaselineWindow = baseline,
                ReferenceShift = context.Value(o.K) ?? GaussianCusumOptions.Default.ReferenceShift,
                Threshold = context.Value(o.H) ?? GaussianCusumOptions.Default.Threshold,
            }, x => x.Check(), x => new GaussianCusum(x)),
        };
        return settingProblems.Count > 0
            ? throw new InputException([.. settingProblems.Select(p => new Problem("", 0, 0, p, "see fulcrum alarms --help for the valid settings"))])
            : detector!;
    }

    private static (IChangeDetector? Detector, IReadOnlyList<string> Problems) Make<T>(T options, Func<T, IReadOnlyList<string>> check, Func<T, IChangeDetector> build)
    {
        var problems = check(options);
        return problems.Count > 0 ? (null, problems) : (build(options), problems);
    }
}
