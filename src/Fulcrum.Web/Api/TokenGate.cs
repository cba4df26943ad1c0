using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>
/// With a token set, every request must carry it (the OpenAPI document and the page included: they
/// name the case's options): as <c>Authorization: Bearer TOKEN</c>, or in the page's cookie. A page
/// opened once as <c>/?token=TOKEN</c> gets the cookie (HttpOnly, SameSite=Strict: scripts cannot
/// read it and other sites cannot send it) and is sent to the same address without the token, so
/// it stays out of the history and of any Referer. Compared in constant time (as SHA-256 digests,
/// so not even the length leaks). Without a token, the server listens on loopback only.
/// </summary>
internal sealed class TokenGate(RequestDelegate next, FulcrumWebOptions options)
{
    public const string CookieName = "fulcrum_token";
    public const string QueryName = "token";

    private readonly byte[]? _digest = options.Token is { } t ? SHA256.HashData(Encoding.UTF8.GetBytes(t)) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_digest is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        if (context.Request.Query.TryGetValue(QueryName, out var fromQuery) && HttpMethods.IsGet(context.Request.Method) && Matches(fromQuery.ToString()))
        {
            context.Response.Cookies.Append(CookieName, fromQuery.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
            context.Response.Redirect(WithoutToken(context.Request), permanent: false);
            return;
        }
        if (Matches(Presented(context)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(title: "a token is needed",
            detail: "send the server's token as 'Authorization: Bearer TOKEN', or open the dashboard once as /?token=TOKEN",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context).ConfigureAwait(false);
    }

    private bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _digest);

    private static string? Presented(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal)) return header["Bearer ".Length..].Trim();
        return context.Request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie : null;
    }

    private static string WithoutToken(HttpRequest request)
    {
        var rest = request.Query.Where(q => q.Key != QueryName).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        var query = string.Join("&", rest);
        return request.PathBase + request.Path + (query.Length > 0 ? "?" + query : "");
    }
}
