using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Fulcrum.Feeds.Tests;

/// <summary>What the server does to one request for a path.</summary>
public enum ServerFault
{
    None,
    /// <summary>The body with one byte changed: the listed size, another MD5.</summary>
    WrongMd5,
    /// <summary>The full Content-Length declared, half the body sent, the connection closed.</summary>
    ShortBody,
    NotFound,
    ServerError,
    /// <summary>The request read, then the connection reset (RST).</summary>
    Reset,
    /// <summary>The headers and a few bytes sent, then nothing until the test ends.</summary>
    Stall,
}

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 for feed tests (a TcpListener, so each fault is exactly the
/// bytes on the wire): it serves files by path, applies the faults queued for a path to its next
/// requests (or one fault to every request), counts requests, keeps POSTed bodies, and signals
/// each stall as it starts so a test on a fake clock can advance it.
/// </summary>
public sealed class LocalFeedServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ServerFault>> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ServerFault> _always = new(StringComparer.Ordinal);

    public LocalFeedServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Posts { get; } = new();

    /// <summary>Released once each time a stall starts.</summary>
    public SemaphoreSlim Stalled { get; } = new(0);

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public void Serve(string path, byte[] body) => _files[path] = body;

    public void Serve(string path, string text) => Serve(path, Encoding.UTF8.GetBytes(text));

    public void FailNext(string path, params ServerFault[] faults)
    {
        var queue = _next.GetOrAdd(path, _ => new ConcurrentQueue<ServerFault>());
        foreach (var f in faults) queue.Enqueue(f);
    }

    public void FailAlways(string path, ServerFault fault) => _always[path] = fault;

    public void Heal(string path) => _always.TryRemove(path, out _);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = HandleAsync(client);
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (method, path, body) = await ReadRequestAsync(stream);
                Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (method == "POST")
                {
                    Posts.Enqueue(body);
                    await WriteAsync(stream, 200, []);
                    return;
                }
                var fault = _next.TryGetValue(path, out var q) && q.TryDequeue(out var f) ? f : _always.GetValueOrDefault(path, ServerFault.None);
                var file = _files.GetValueOrDefault(path);
                if (file is null && fault is ServerFault.None or ServerFault.WrongMd5) fault = ServerFault.NotFound;
                switch (fault)
                {
                    case ServerFault.None: await WriteAsync(stream, 200, file!); break;
                    case ServerFault.WrongMd5:
                        var changed = (byte[])file!.Clone();
                        changed[changed.Length / 2] ^= 0x5A;
                        await WriteAsync(stream, 200, changed);
                        break;
                    case ServerFault.ShortBody: await WriteAsync(stream, 200, (file ?? new byte[1000])[..((file?.Length ?? 1000) / 2)], declared: file?.Length ?? 1000); break;
                    case ServerFault.NotFound: await WriteAsync(stream, 404, []); break;
                    case ServerFault.ServerError: await WriteAsync(stream, 500, []); break;
                    case ServerFault.Reset:
                        client.Client.LingerState = new LingerOption(true, 0);
                        client.Client.Close();
                        break;
                    case ServerFault.Stall:
                        await WriteAsync(stream, 200, (file ?? new byte[100])[..10], declared: file?.Length ?? 100);
                        Stalled.Release();
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                        break;
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the client went away, or the test ended
            }
        }
    }

    private static async Task<(string Method, string Path, string Body)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0) throw new IOException("the client closed before the request ended");
            head.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n");
        var first = lines[0].Split(' ');
        var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return (first[0], first[1], Encoding.UTF8.GetString(body));
    }

    private static async Task WriteAsync(NetworkStream stream, int status, byte[] body, long? declared = null)
    {
        var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : status == 404 ? "Not Found" : "Internal Server Error")}\r\nContent-Length: {declared ?? body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
        Stalled.Dispose();
    }
}
