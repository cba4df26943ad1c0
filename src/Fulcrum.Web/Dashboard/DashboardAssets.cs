using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Dashboard;

/// <summary>
/// The dashboard's files, embedded in this assembly at build time (its HTML, CSS and JavaScript
/// modules, and ECharts from npm): <c>/</c> is the page, <c>/assets/PATH</c> the rest. Each is
/// read once, sent with its type and an ETag, and revalidated by the browser (no-cache), so a new
/// build's files are never mixed with an old page's.
/// </summary>
internal static class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    /// <summary>The paths served under <c>/assets/</c> (for tests).</summary>
    public static IEnumerable<string> Paths => All.Value.Keys;

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext http) => Send(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{**path}", (string path, HttpContext http) => Send(http, path)).ExcludeFromDescription();
    }

    private static IResult Send(HttpContext http, string path)
    {
        if (!All.Value.TryGetValue(path, out var asset)) return Results.NotFound();
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = asset.ETag;
        if (http.Request.Headers.IfNoneMatch.ToString() == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.Type);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            var type = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = Read(assembly, name);
            assets[path] = new Asset(bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed record Asset(byte[] Bytes, string Type, string ETag);
}
