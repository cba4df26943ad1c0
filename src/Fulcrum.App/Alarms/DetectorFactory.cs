using Fulcrum.Core.Problems;
using Fulcrum.Detection;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.App.Alarms;

/// <summary>Builds the detector a request names, refusing settings that belong to another method.</summary>
internal static class DetectorFactory
{
    public static Checked<IChangeDetector> Create(DetectorSettings d)
    {
        var method = d.Method;
        var owners = new (string Subject, bool Set, string[] Methods)[]
        {
            (Subjects.ReferenceShift, d.K is not null, [GaussianCusum.MethodName]),
            (Subjects.Threshold, d.H is not null, [GaussianCusum.MethodName, PoissonCusum.MethodName]),
            (Subjects.Shift, d.Shift is not null, [PoissonCusum.MethodName]),
            (Subjects.PurePoisson, d.PurePoisson, [PoissonCusum.MethodName]),
            (Subjects.Model, d.Model is not null, [Bocpd.MethodName]),
            (Subjects.RunLength, d.RunLength is not null, [Bocpd.MethodName]),
            (Subjects.Probability, d.Probability is not null, [Bocpd.MethodName]),
            (Subjects.Lookback, d.Lookback is not null, [Bocpd.MethodName]),
        };
        var problems = owners.Where(x => x.Set && !x.Methods.Contains(method))
            .Select(x => Problem.About(x.Subject, $"{{{x.Subject}}} is a setting of {string.Join(" and ", x.Methods)}, not of {method}", $"drop {{{x.Subject}}}, or use {{method}} {x.Methods[0]}"))
            .ToList();
        if (problems.Count > 0) return Checked<IChangeDetector>.Failure(problems);
        var (detector, settingProblems) = method switch
        {
            PoissonCusum.MethodName => Make(new PoissonCusumOptions
            {
                BaselineWindow = d.Baseline,
                Shift = d.Shift ?? PoissonCusumOptions.Default.Shift,
                Threshold = d.H ?? PoissonCusumOptions.Default.Threshold,
                EstimateOverdispersion = !d.PurePoisson,
            }, x => x.Check(), x => new PoissonCusum(x)),
            Bocpd.MethodName => Make(new BocpdOptions
            {
                BaselineWindow = d.Baseline,
                Model = d.Model == "poisson" ? BocpdModel.Poisson : BocpdModel.Normal,
                ExpectedRunLength = d.RunLength ?? BocpdOptions.Default.ExpectedRunLength,
                Probability = d.Probability ?? BocpdOptions.Default.Probability,
                Lookback = d.Lookback,
            }, x => x.Check(), x => new Bocpd(x)),
            GaussianCusum.MethodName => Make(new GaussianCusumOptions
            {
                BaselineWindow = d.Baseline,
                ReferenceShift = d.K ?? GaussianCusumOptions.Default.ReferenceShift,
                Threshold = d.H ?? GaussianCusumOptions.Default.Threshold,
            }, x => x.Check(), x => new GaussianCusum(x)),
            _ => (null, [$"'{method}' is not a detector"]),
        };
        return settingProblems.Count > 0
            ? Checked<IChangeDetector>.Failure([.. settingProblems.Select(p => Problem.About(Subjects.Method, p, "see the detectors' settings (docs/watch.md)"))])
            : Checked<IChangeDetector>.Success(detector!);
    }

    private static (IChangeDetector? Detector, IReadOnlyList<string> Problems) Make<T>(T options, Func<T, IReadOnlyList<string>> check, Func<T, IChangeDetector> build)
    {
        var problems = check(options);
        return problems.Count > 0 ? (null, problems) : (build(options), problems);
    }
}
