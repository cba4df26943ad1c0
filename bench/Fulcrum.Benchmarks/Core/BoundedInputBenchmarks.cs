using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Fulcrum.Core.IO;
using Fulcrum.Core.Randomness;
using Fulcrum.Detection.Reading;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Benchmarks.Core;

/// <summary>
/// What the one bounded reader costs: reading a 10 MB series file whole through
/// <see cref="BoundedInput"/> (type check, cap, strict UTF-8) against File.ReadAllText; the series
/// reader on it now (bounded, whole text) against the streaming read it replaced; and the founding
/// case loaded with the depth, expansion and number checks.
/// </summary>
[MemoryDiagnoser]
public class BoundedInputBenchmarks
{
    private string _path = null!;
    private string _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A long series file: 50 series of 8,000 days, fixed-seed values, about 10 MB.
        var random = new SeededRandom(42);
        var text = new StringBuilder("date,series,value\n");
        var start = new DateOnly(2000, 1, 1);
        for (var s = 0; s < 50; s++)
            for (var d = 0; d < 8000; d++)
                text.Append(CultureInfo.InvariantCulture, $"{start.AddDays(d):yyyy-MM-dd},S{s:00},{random.NextDouble() * 100:0.####}\n");
        _path = Path.Combine(Path.GetTempPath(), $"fulcrum-bench-{Guid.NewGuid():N}.csv");
        File.WriteAllText(_path, text.ToString());
        _case = BuiltInCases.Text(BuiltInCases.Default)!;
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int FileReadAllText() => File.ReadAllText(_path).Length;

    [Benchmark]
    public int BoundedReadText() => BoundedInput.ReadText(_path, InputKind.SeriesCsv).Value!.Length;

    [Benchmark]
    public int SeriesCsvStreaming()
    {
        using var reader = new StreamReader(File.OpenRead(_path));
        return SeriesCsv.Read(reader, _path).Value!.Series.Count;
    }

    [Benchmark]
    public int SeriesCsvBounded() => SeriesCsv.ReadFile(_path).Value!.Series.Count;

    [Benchmark]
    public int FoundingCaseLoad() => CaseLoader.LoadText(_case, "israel-2022").Value!.Options.Count;
}
