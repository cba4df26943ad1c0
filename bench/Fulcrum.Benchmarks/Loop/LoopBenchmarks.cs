using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Journal;
using Fulcrum.App.Loop;
using Fulcrum.Benchmarks.Events;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Loop;

/// <summary>
/// Issue 10's loop: one watch cycle with one new 15-minute file of 1,500 real rows (ingest, signposts,
/// examine 20,000 draws, journal) over a store already holding four, and the daily replay of the
/// founding case over 120 dates (case and data loaded once, 5,000 draws a date).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class LoopBenchmarks
{
    /// <summary>
    /// Whole operations of a second or more, each measured a few times (one warm-up, five iterations),
    /// in the benchmark process: on the shared 2-core machine the generated project's build took
    /// longer than BenchmarkDotNet's 120 s timeout, so these run in-process.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private FulcrumServices _app = null!;
    private string _folder = null!;
    private string _db = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var time = TimeProvider.System;
        _app = new FulcrumServices(new DuckDbEventStoreFactory(time), time);
        _folder = Directory.CreateDirectory(Path.Combine(BenchData.Folder, "watch-" + Guid.NewGuid().ToString("N"))).FullName;
        _db = Path.Combine(_folder, "store.duckdb");
        Directory.CreateDirectory(Path.Combine(_folder, "feed"));
        for (_next = 0; _next < 4; _next++) Write(_next);
        Cycle();
    }

    [IterationSetup(Target = nameof(WatchCycleOneNewFile))]
    public void NewFile() => Write(_next++);

    [Benchmark]
    public long? WatchCycleOneNewFile() => Cycle();

    [Benchmark]
    public int ReplayFoundingCase120Days()
    {
        var r = _app.Replay.ReplayAsync(new ReplayRequest(new CaseScope(CaseRef.Default), new DateOnly(2021, 9, 8), new DateOnly(2022, 1, 5), ReplayEvery.Day, null, [])).GetAwaiter().GetResult();
        return r.ValueOrThrow().Steps.Count;
    }

    private long? Cycle()
    {
        var run = _app.Watch.RunAsync(new WatchRequest(new CaseScope(CaseRef.Default), _db, Path.Combine(_folder, "feed")) { MaxCycles = 1 },
            new Last(out var cycles)).GetAwaiter().GetResult();
        run.ValueOrThrow();
        return cycles[0].Entry?.Id;
    }

    /// <summary>A 15-minute export of 1,500 real rows, fresh IDs, its DATEADDED the file's quarter hour.</summary>
    private void Write(int i)
    {
        var rows = BenchData.RealRows();
        var stamp = new DateTime(2020, 11, 13, 0, 0, 0).AddMinutes(15 * i);
        var added = stamp.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        for (var k = 0; k < 1_500; k++)
        {
            var f = (string[])rows[((i * 1_500) + k) % rows.Count].Clone();
            f[0] = (1_800_000_000L + (i * 10_000L) + k).ToString(CultureInfo.InvariantCulture);
            f[59] = added;
            text.Append(string.Join('\t', f)).Append('\n');
        }
        File.WriteAllText(Path.Combine(_folder, "feed", added + ".export.CSV"), text.ToString());
    }

    private sealed class Last : IProgress<WatchCycle>
    {
        private readonly List<WatchCycle> _cycles = [];

        public Last(out List<WatchCycle> cycles) => cycles = _cycles;

        public void Report(WatchCycle value) => _cycles.Add(value);
    }
}
