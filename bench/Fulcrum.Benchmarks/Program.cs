using BenchmarkDotNet.Running;

if (args is ["store-timing", .. var locations]) return await Fulcrum.Benchmarks.Stores.StoreTiming.RunAsync(locations);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
