using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Fulcrum.Store.ClickHouse.Tests;

/// <summary>
/// ClickHouse servers for the tests, started with scripts/clickhouse-up.sh under a private folder on
/// free loopback ports and stopped with scripts/clickhouse-down.sh: a two-shard cluster whose first
/// server also serves as the single server. <see cref="Shared"/> lives for the test run; fault tests
/// start their own, so stopping one of theirs disturbs no other test.
/// </summary>
public sealed class ClickHouseServers : IDisposable
{
    private static readonly Lazy<ClickHouseServers> SharedServers = new(() =>
    {
        var servers = new ClickHouseServers(2);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => servers.Dispose();
        return servers;
    });

    private static int s_nextPort = 20000 + (Environment.ProcessId % 1000 * 20);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fulcrum-ch-test-" + Guid.NewGuid().ToString("N")[..12]);
    private int _databases;

    public ClickHouseServers(int shards)
    {
        Shards = shards;
        HttpPort = FreePorts(shards);
        Run("clickhouse-up.sh", $"--shards {shards} --dir {_folder} --port {HttpPort}");
    }

    /// <summary>The servers of the run, started on first use.</summary>
    public static ClickHouseServers Shared => SharedServers.Value;

    /// <summary>Why the tests cannot run (no clickhouse-server and none could be installed), or null.</summary>
    public static string? Missing { get; } =
        File.Exists("/usr/sbin/clickhouse-server") || File.Exists("/usr/bin/clickhouse-server") ? null
        : "clickhouse-server is not installed and eng/test-deps.sh could not install it (apt-get install clickhouse-server)";

    public int Shards { get; }

    public int HttpPort { get; }

    /// <summary>A new database on the first server alone.</summary>
    public string NewSingle() => $"clickhouse://127.0.0.1:{HttpPort}/{NewDatabase()}";

    /// <summary>A new database over every shard.</summary>
    public string NewCluster() =>
        $"clickhouse://{string.Join(",", Enumerable.Range(0, Shards).Select(k => $"127.0.0.1:{HttpPort + k}"))}/{NewDatabase()}";

    private string NewDatabase() => $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Kills shard <paramref name="k"/> (1-based) at once, as a crash would, and waits until it is gone.</summary>
    public void Kill(int k)
    {
        var pidFile = Path.Combine(_folder, $"shard{k}", "clickhouse.pid");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(10_000);
        File.Delete(pidFile);
    }

    /// <summary>Stops shard <paramref name="k"/> cleanly (SIGTERM through clickhouse-down's way: the pid file).</summary>
    public void Stop(int k)
    {
        var pidFile = Path.Combine(_folder, $"shard{k}", "clickhouse.pid");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        process.WaitForExit(30_000);
        File.Delete(pidFile);
    }

    /// <summary>Starts again whichever servers are not running (the others are left as they are).</summary>
    public void Start() => Run("clickhouse-up.sh", $"--shards {Shards} --dir {_folder} --port {HttpPort}");

    /// <summary>
    /// Kills the servers (their pids from the pid files clickhouse-up wrote) and deletes the folder,
    /// in this process and at once: at the end of a run the test host may be stopped before a script
    /// could finish.
    /// </summary>
    public void Dispose()
    {
        // Every server is signalled first (microseconds each), then waited for: the test host may be
        // stopped soon after the run ends, and a server signalled last would outlive it.
        var killed = new List<Process>();
        for (var k = 1; k <= Shards; k++)
        {
            var pidFile = Path.Combine(_folder, $"shard{k}", "clickhouse.pid");
            if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var process = Process.GetProcessById(pid);
                if (process.ProcessName.StartsWith("clickhouse", StringComparison.Ordinal))
                {
                    process.Kill();
                    killed.Add(process);
                }
                else
                {
                    process.Dispose();
                }
            }
            catch (ArgumentException)
            {
                // Not running.
            }
        }
        foreach (var process in killed)
        {
            process.WaitForExit(5_000);
            process.Dispose();
        }
        // A server that was just killed may still be letting go of its files: a few tries.
        for (var attempt = 0; attempt < 5 && Directory.Exists(_folder); attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static void Run(string script, string arguments, bool quiet = false)
    {
        var path = Path.Combine(Root, "scripts", script);
        using var process = Process.Start(new ProcessStartInfo("bash", $"{path} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0 && !quiet)
            throw new InvalidOperationException($"{script} {arguments} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    /// <summary>The repository (where scripts/ is), found upwards from the test binaries.</summary>
    private static string Root
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "scripts", "clickhouse-up.sh"))) return d.FullName;
            throw new InvalidOperationException("scripts/clickhouse-up.sh not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A first HTTP port such that it, the next shards' and their native ports (HTTP + 877) are all free.</summary>
    private static int FreePorts(int shards)
    {
        while (true)
        {
            var port = Interlocked.Add(ref s_nextPort, 10) - 10;
            if (port > 60000) throw new InvalidOperationException("no free ports");
            if (Enumerable.Range(0, shards).All(k => Free(port + k) && Free(port + 877 + k))) return port;
        }
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs ClickHouse: skipped, saying why, only when clickhouse-server is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClickHouseFactAttribute : FactAttribute
{
    public ClickHouseFactAttribute()
    {
        if (ClickHouseServers.Missing is { } reason) Skip = reason;
    }
}
